import { getLocale, getTranslations } from 'next-intl/server';
import { AgreementStanding } from '@/components/agreements/agreement-standing';
import { AdminList } from '@/components/admin/list/admin-list';
import { PageHeader } from '@/components/ui/page-header';
import { listAgreementsForStaff } from '@/lib/agreements/staff-queries';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { listParam, parseListParams } from '@/lib/core/list-params';
import { localField } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';

export async function generateMetadata() {
  const t = await getTranslations('StaffPartnerships.agreements');
  return { title: t('title'), robots: { index: false } };
}

export default async function StaffAgreementsPage({ searchParams }: PageProps<'/[locale]/admin/agreements'>) {
  const user = await requireAccess('registry.read');
  const { q, page } = parseListParams({ q: listParam.text() }, await searchParams);
  const [t, locale, list] = await Promise.all([
    getTranslations('StaffPartnerships.agreements'),
    getLocale(),
    listAgreementsForStaff({ q, page }),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')}>
        {can(user.role, 'registry.edit') ? <Link href="/admin/agreements/new">{t('add')}</Link> : null}
      </PageHeader>
      <AdminList
        path="/admin/agreements"
        filters={[{ kind: 'text', name: 'q', label: 'Admin.list.search' }]}
        values={{ q }}
        table={{
          caption: t('caption'),
          empty: 'StaffPartnerships.agreements.empty',
          rowKey: (row) => row.id,
          columns: [
            {
              header: 'StaffPartnerships.agreements.agreement',
              isRowHeader: true,
              cell: (row) => <Link href={`/admin/agreements/${row.id}`}>{localField(row, 'title', locale)}</Link>,
            },
            { header: 'StaffPartnerships.agreements.signedOn', className: 'whitespace-nowrap', cell: (row) => row.signedOn },
            { header: 'StaffPartnerships.agreements.standingToday', cell: (row) => <AgreementStanding standing={row.standing} /> },
          ],
        }}
        rows={list.rows}
        pages={{ page, total: list.total }}
      />
    </>
  );
}
