import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable, td, th } from '@/components/ui/table';
import { Link } from '@/lib/i18n/navigation';
import { formatWon } from '@/lib/money/format';
import type { AllocationStatus } from '@/lib/generated/prisma/enums';
import type { RecipientView } from '@/lib/subsidies/staff-queries';
import { localName, qualifiedName } from '@/lib/core/names';

type Row = {
  id: number;
  year?: number;
  programme?: { nameKo: string; nameEn: string };
  recipient: RecipientView;
  amount: bigint;
  isAmountApproximate: boolean;
  status: AllocationStatus;
};

export function recipientName(recipient: RecipientView, locale: string): string {
  if (!recipient.region) return localName(recipient, locale);
  return qualifiedName(recipient, recipient.region, locale);
}

/** Allocations, each linked to its record; with the programme's year and name unless one programme's. */
export async function AllocationTable({
  allocations,
  caption,
  isProgrammeShown = true,
}: {
  allocations: Row[];
  caption: string;
  isProgrammeShown?: boolean;
}) {
  const [t, tStatus, locale] = await Promise.all([
    getTranslations('Admin.allocations'),
    getTranslations('Subsidies.statuses'),
    getLocale(),
  ]);
  if (allocations.length === 0) return <p className="text-ink-soft">{t('empty')}</p>;
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t('recipient')}
          </th>
          {isProgrammeShown ? (
            <>
              <th scope="col" className={th}>
                {t('year')}
              </th>
              <th scope="col" className={th}>
                {t('programme')}
              </th>
            </>
          ) : null}
          <th scope="col" className={`${th} text-right`}>
            {t('amount')}
          </th>
          <th scope="col" className={th}>
            {t('status')}
          </th>
        </tr>
      </thead>
      <tbody>
        {allocations.map((allocation) => (
          <tr key={allocation.id}>
            <th scope="row" className={`${td} font-medium`}>
              <Link href={`/admin/allocations/${allocation.id}`}>{recipientName(allocation.recipient, locale)}</Link>
            </th>
            {isProgrammeShown ? (
              <>
                <td className={`${td} tabular`}>{allocation.year}</td>
                <td className={td}>{allocation.programme ? localName(allocation.programme, locale) : null}</td>
              </>
            ) : null}
            <td className={`${td} text-right whitespace-nowrap tabular`}>
              {formatWon(allocation.amount, locale, { isApproximate: allocation.isAmountApproximate })}
            </td>
            <td className={td}>{tStatus(allocation.status)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
