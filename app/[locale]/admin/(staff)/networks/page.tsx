import { getLocale, getTranslations } from 'next-intl/server';
import { AdminList } from '@/components/admin/list/admin-list';
import { PageHeader } from '@/components/ui/page-header';
import { requireAccess } from '@/lib/auth/session';
import { localField, localName } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';
import { listNetworksForStaff } from '@/lib/networks/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('StaffPartnerships.networks');
  return { title: t('title'), robots: { index: false } };
}

export default async function StaffNetworksPage() {
  await requireAccess('registry.read');
  const [t, locale, networks] = await Promise.all([getTranslations('StaffPartnerships.networks'), getLocale(), listNetworksForStaff()]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')} />
      <AdminList
        path="/admin/networks"
        filters={[]}
        values={{}}
        table={{
          caption: t('caption'),
          empty: 'StaffPartnerships.networks.empty',
          rowKey: (row) => row.id,
          columns: [
            {
              header: 'StaffPartnerships.networks.network',
              isRowHeader: true,
              cell: (row) => <Link href={`/admin/networks/${row.id}`}>{localName(row, locale)}</Link>,
            },
            { header: 'StaffPartnerships.networks.short', cell: (row) => localField(row, 'short', locale) },
            { header: 'StaffPartnerships.networks.memberships', isNumeric: true, cell: (row) => row.membershipCount },
          ],
        }}
        rows={networks}
        pages={{ page: 1, total: networks.length }}
      />
    </>
  );
}
