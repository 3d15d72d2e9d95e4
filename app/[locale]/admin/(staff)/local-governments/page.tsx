import { getLocale, getTranslations } from 'next-intl/server';
import { AdminList } from '@/components/admin/list/admin-list';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { listParam, parseListParams } from '@/lib/core/list-params';
import { localField, localName } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';
import { type LocalGovernmentRow, listLocalGovernments, listRegionOptions } from '@/lib/local-governments/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('Admin.localGovernments');
  return { title: t('title'), robots: { index: false } };
}

export default async function LocalGovernmentsPage({ searchParams }: PageProps<'/[locale]/admin/local-governments'>) {
  const user = await requireAccess('registry.read');
  const { q, region, page } = parseListParams({ q: listParam.text(), region: listParam.id() }, await searchParams);
  const [t, tKind, locale, regions, list] = await Promise.all([
    getTranslations('Admin.localGovernments'),
    getTranslations('Kind'),
    getLocale(),
    listRegionOptions(),
    listLocalGovernments({ q, regionId: region, page }),
  ]);
  const status = (row: LocalGovernmentRow) =>
    row.abolishedOn ? t('abolishedOn', { date: row.abolishedOn }) : row.isDesignated ? t('designated') : t('notDesignated');
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')}>
        {can(user.role, 'registry.edit') ? <Link href="/admin/local-governments/new">{t('add')}</Link> : null}
      </PageHeader>
      <AdminList
        path="/admin/local-governments"
        filters={[
          { kind: 'text', name: 'q', label: 'Admin.list.search' },
          {
            kind: 'select',
            name: 'region',
            label: 'Admin.localGovernments.region',
            allLabel: 'Admin.localGovernments.allRegions',
            options: regions.map((r) => ({ value: String(r.id), label: localName(r, locale) })),
          },
        ]}
        values={{ q, region }}
        table={{
          caption: t('caption'),
          empty: 'Admin.localGovernments.empty',
          rowKey: (row) => row.id,
          columns: [
            { header: 'Admin.localGovernments.code', cell: (row) => row.code, className: 'tabular' },
            {
              header: 'Admin.localGovernments.name',
              isRowHeader: true,
              cell: (row) => (
                <>
                  <Link href={`/admin/local-governments/${row.id}`}>{localName(row, locale)}</Link>
                  <span className="ml-2 text-xs font-normal text-ink-soft">{tKind(row.kind as 'si')}</span>
                </>
              ),
            },
            { header: 'Admin.localGovernments.region', cell: (row) => localField(row.region, 'short', locale) },
            { header: 'Admin.localGovernments.status', cell: status },
          ],
        }}
        rows={list.rows}
        pages={{ page, total: list.total }}
      />
    </>
  );
}
