import { getLocale, getTranslations } from 'next-intl/server';
import type { AdminTableSpec, ListColumn } from '@/components/admin/list/spec';
import { localName, qualifiedName } from '@/lib/core/names';
import type { AllocationStatus } from '@/lib/generated/prisma/enums';
import { Link } from '@/lib/i18n/navigation';
import { formatWon } from '@/lib/money/format';
import type { RecipientView } from '@/lib/subsidies/staff-queries';

export type AllocationListRow = {
  id: number;
  year?: number;
  programme?: { nameKo: string; nameEn: string };
  recipient: RecipientView;
  amount: bigint;
  isAmountApproximate: boolean;
  status: AllocationStatus;
};

export function recipientName(recipient: RecipientView, locale: string): string {
  return recipient.region ? qualifiedName(recipient, recipient.region, locale) : localName(recipient, locale);
}

/** The columns of a list of allocations, each linked to its record; with the programme's year and
 * name unless the list is one programme's. */
export async function allocationTable({
  caption,
  isProgrammeShown = true,
}: {
  caption: string;
  isProgrammeShown?: boolean;
}): Promise<AdminTableSpec<AllocationListRow>> {
  const [tStatus, locale] = await Promise.all([getTranslations('Subsidies.statuses'), getLocale()]);
  const programme: ListColumn<AllocationListRow>[] = [
    { header: 'Admin.allocations.year', cell: (row) => row.year, className: 'tabular' },
    { header: 'Admin.allocations.programme', cell: (row) => (row.programme ? localName(row.programme, locale) : null) },
  ];
  const columns: ListColumn<AllocationListRow>[] = [
    {
      header: 'Admin.allocations.recipient',
      isRowHeader: true,
      cell: (row) => <Link href={`/admin/allocations/${row.id}`}>{recipientName(row.recipient, locale)}</Link>,
    },
    ...(isProgrammeShown ? programme : []),
    {
      header: 'Admin.allocations.amount',
      isNumeric: true,
      className: 'whitespace-nowrap tabular',
      cell: (row) => formatWon(row.amount, locale, { isApproximate: row.isAmountApproximate }),
    },
    { header: 'Admin.allocations.status', cell: (row) => tStatus(row.status) },
  ];
  return { caption, empty: 'Admin.allocations.empty', rowKey: (row) => row.id, columns };
}
