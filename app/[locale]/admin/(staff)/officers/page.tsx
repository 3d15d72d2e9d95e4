import { getLocale, getTranslations } from 'next-intl/server';
import { AdminList } from '@/components/admin/list/admin-list';
import { PageHeader } from '@/components/ui/page-header';
import { OFFICER_ROLES } from '@/lib/association/schemas';
import { listOfficersForStaff } from '@/lib/association/staff-queries';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { listParam, parseListParams } from '@/lib/core/list-params';
import { localField, localName } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';

export async function generateMetadata() {
  const t = await getTranslations('StaffPartnerships.officers');
  return { title: t('title'), robots: { index: false } };
}

export default async function StaffOfficersPage({ searchParams }: PageProps<'/[locale]/admin/officers'>) {
  const user = await requireAccess('registry.read');
  const { role, page } = parseListParams({ role: listParam.choice(OFFICER_ROLES) }, await searchParams);
  const [t, tRole, locale, list] = await Promise.all([
    getTranslations('StaffPartnerships.officers'),
    getTranslations('OfficerRole'),
    getLocale(),
    listOfficersForStaff({ role, page }),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')}>
        {can(user.role, 'registry.edit') ? <Link href="/admin/officers/new">{t('add')}</Link> : null}
      </PageHeader>
      <AdminList
        path="/admin/officers"
        filters={[
          {
            kind: 'select',
            name: 'role',
            label: 'StaffPartnerships.officers.role',
            allLabel: 'StaffPartnerships.officers.allRoles',
            options: OFFICER_ROLES.map((value) => ({ value, label: tRole(value) })),
          },
        ]}
        values={{ role }}
        table={{
          caption: t('caption'),
          empty: 'StaffPartnerships.officers.empty',
          rowKey: (row) => row.id,
          columns: [
            {
              header: 'StaffPartnerships.officers.member',
              isRowHeader: true,
              cell: (row) => <Link href={`/admin/officers/${row.id}`}>{localName(row.organisation, locale)}</Link>,
            },
            { header: 'StaffPartnerships.officers.role', cell: (row) => tRole(row.role) },
            { header: 'StaffPartnerships.officers.person', cell: (row) => (row.personKo ? localField(row, 'person', locale) : '–') },
            { header: 'StaffPartnerships.officers.period', cell: (row) => `${row.startedOn ?? '…'} – ${row.endedOn ?? ''}` },
          ],
        }}
        rows={list.rows}
        pages={{ page, total: list.total }}
      />
    </>
  );
}
