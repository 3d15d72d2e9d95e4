import { getLocale, getTranslations } from 'next-intl/server';
import { AdminList } from '@/components/admin/list/admin-list';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { listParam, parseListParams } from '@/lib/core/list-params';
import { qualifiedName } from '@/lib/core/names';
import { DESIGNATION_LIST_FILTERS, listDesignations } from '@/lib/designations/staff-queries';
import { Link } from '@/lib/i18n/navigation';

export async function generateMetadata() {
  const t = await getTranslations('Admin.designations');
  return { title: t('title'), robots: { index: false } };
}

export default async function DesignationsPage({ searchParams }: PageProps<'/[locale]/admin/designations'>) {
  const user = await requireAccess('registry.read');
  const { q, status, page } = parseListParams(
    { q: listParam.text(), status: listParam.choice(DESIGNATION_LIST_FILTERS) },
    await searchParams,
  );
  const [t, tStatus, locale, list] = await Promise.all([
    getTranslations('Admin.designations'),
    getTranslations('DesignationStatus'),
    getLocale(),
    listDesignations({ q, filter: status, page }),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')}>
        {can(user.role, 'registry.edit') ? <Link href="/admin/designations/new">{t('add')}</Link> : null}
      </PageHeader>
      <AdminList
        path="/admin/designations"
        filters={[
          { kind: 'text', name: 'q', label: 'Admin.list.search' },
          {
            kind: 'select',
            name: 'status',
            label: 'Admin.designations.status',
            allLabel: 'Admin.designations.allStatuses',
            options: DESIGNATION_LIST_FILTERS.map((f) => ({ value: f, label: t(`filters.${f}`) })),
          },
        ]}
        values={{ q, status }}
        table={{
          caption: t('caption'),
          empty: 'Admin.designations.empty',
          rowKey: (row) => row.id,
          columns: [
            {
              header: 'Admin.designations.city',
              isRowHeader: true,
              cell: (row) => (
                <Link href={`/admin/designations/${row.id}`}>{qualifiedName(row.localGovernment, row.localGovernment.region, locale)}</Link>
              ),
            },
            {
              header: 'Admin.designations.year',
              cell: (row) => row.firstYear ?? t('byYear', { year: row.designatedByYear }),
              className: 'tabular',
            },
            { header: 'Admin.designations.status', cell: (row) => tStatus(row.status) },
            { header: 'Admin.designations.nextEvaluation', cell: (row) => row.nextEvaluationYear ?? '–', className: 'tabular' },
          ],
        }}
        rows={list.rows}
        pages={{ page, total: list.total }}
      />
    </>
  );
}
