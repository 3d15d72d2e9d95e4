import { getLocale, getTranslations } from 'next-intl/server';
import { AdminList } from '@/components/admin/list/admin-list';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { listParam, parseListParams } from '@/lib/core/list-params';
import { localName } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';
import { listOrganisations } from '@/lib/organisations/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('StaffPartnerships.organisations');
  return { title: t('title'), robots: { index: false } };
}

export default async function StaffOrganisationsPage({ searchParams }: PageProps<'/[locale]/admin/organisations'>) {
  const user = await requireAccess('registry.read');
  const { q, page } = parseListParams({ q: listParam.text() }, await searchParams);
  const [t, tKind, locale, list] = await Promise.all([
    getTranslations('StaffPartnerships.organisations'),
    getTranslations('OrganisationKind'),
    getLocale(),
    listOrganisations({ q, page }),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')}>
        {can(user.role, 'registry.edit') ? <Link href="/admin/organisations/new">{t('add')}</Link> : null}
      </PageHeader>
      <AdminList
        path="/admin/organisations"
        filters={[{ kind: 'text', name: 'q', label: 'Admin.list.search' }]}
        values={{ q }}
        table={{
          caption: t('caption'),
          empty: 'StaffPartnerships.organisations.empty',
          rowKey: (row) => row.id,
          columns: [
            {
              header: 'StaffPartnerships.organisations.name',
              isRowHeader: true,
              cell: (row) => <Link href={`/admin/organisations/${row.id}`}>{localName(row, locale)}</Link>,
            },
            { header: 'StaffPartnerships.organisations.kind', cell: (row) => tKind(row.kind) },
            { header: 'StaffPartnerships.organisations.slug', className: 'font-mono text-sm', cell: (row) => row.slug },
          ],
        }}
        rows={list.rows}
        pages={{ page, total: list.total }}
      />
    </>
  );
}
