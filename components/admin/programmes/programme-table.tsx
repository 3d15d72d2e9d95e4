import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable, td, th } from '@/components/ui/table';
import { Link } from '@/lib/i18n/navigation';
import { formatWon } from '@/lib/money/format';
import type { ProgrammeRow } from '@/lib/subsidies/staff-queries';
import { localName } from '@/lib/core/names';

export async function ProgrammeTable({ programmes }: { programmes: ProgrammeRow[] }) {
  const [t, tKinds, locale] = await Promise.all([
    getTranslations('Admin.programmes'),
    getTranslations('Subsidies.recipientKinds'),
    getLocale(),
  ]);
  if (programmes.length === 0) return <p className="text-ink-soft">{t('empty')}</p>;
  return (
    <DataTable caption={t('caption')}>
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t('year')}
          </th>
          <th scope="col" className={th}>
            {t('name')}
          </th>
          <th scope="col" className={th}>
            {t('code')}
          </th>
          <th scope="col" className={th}>
            {t('recipients')}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t('amountPerRecipient')}
          </th>
          <th scope="col" className={`${th} text-right`}>
            {t('allocations')}
          </th>
        </tr>
      </thead>
      <tbody>
        {programmes.map((programme) => (
          <tr key={programme.id}>
            <td className={`${td} tabular`}>{programme.year}</td>
            <th scope="row" className={`${td} font-medium`}>
              <Link href={`/admin/programmes/${programme.id}`}>{localName(programme, locale)}</Link>
            </th>
            <td className={`${td} font-mono text-sm`}>{programme.code}</td>
            <td className={td}>{tKinds(programme.recipientKind)}</td>
            <td className={`${td} text-right whitespace-nowrap tabular`}>
              {programme.amountPerRecipient === null
                ? '—'
                : formatWon(programme.amountPerRecipient, locale, { isApproximate: programme.isAmountApproximate })}
            </td>
            <td className={`${td} text-right tabular`}>{programme.allocations}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
