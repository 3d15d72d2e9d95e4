import { getLocale, getTranslations } from 'next-intl/server';
import { ListFilter } from '@/components/admin/list-filter';
import { Pager } from '@/components/admin/pager';
import { DataTable, td, th } from '@/components/ui/table';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { DESIGNATION_LIST_FILTERS, listDesignations } from '@/lib/designations/staff-queries';
import { Link } from '@/lib/i18n/navigation';
import { pageNumber } from '@/lib/core/pagination';
import { qualifiedName } from '@/lib/core/names';

export async function generateMetadata() {
  const t = await getTranslations('Admin.designations');
  return { title: t('title'), robots: { index: false } };
}

export default async function DesignationsPage({ searchParams }: PageProps<'/[locale]/admin/designations'>) {
  const user = await requireAccess('registry.read');
  const params = await searchParams;
  const q = typeof params.q === 'string' ? params.q.slice(0, 60) : '';
  const filter = DESIGNATION_LIST_FILTERS.find((f) => f === params.status);
  const page = pageNumber(params.page);
  const [t, tStatus, locale, list] = await Promise.all([
    getTranslations('Admin.designations'),
    getTranslations('DesignationStatus'),
    getLocale(),
    listDesignations({ q, filter, page }),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')}>
        {can(user.role, 'registry.edit') ? <Link href="/admin/designations/new">{t('add')}</Link> : null}
      </PageHeader>
      <ListFilter path="/admin/designations" q={q}>
        <div className="flex flex-col gap-1">
          <label htmlFor="list-status" className="text-sm font-semibold">
            {t('status')}
          </label>
          <select id="list-status" name="status" defaultValue={filter ?? ''} className="rounded border border-ink-soft px-3 py-2">
            <option value="">{t('allStatuses')}</option>
            {DESIGNATION_LIST_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`filters.${f}`)}
              </option>
            ))}
          </select>
        </div>
      </ListFilter>
      {list.rows.length === 0 ? (
        <p className="text-ink-soft">{t('empty')}</p>
      ) : (
        <DataTable caption={t('caption')}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t('city')}
              </th>
              <th scope="col" className={th}>
                {t('year')}
              </th>
              <th scope="col" className={th}>
                {t('status')}
              </th>
              <th scope="col" className={th}>
                {t('nextEvaluation')}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className={`${td} font-medium`}>
                  <Link href={`/admin/designations/${row.id}`}>
                    {qualifiedName(row.localGovernment, row.localGovernment.region, locale)}
                  </Link>
                </th>
                <td className={`${td} tabular`}>{row.firstYear ?? t('byYear', { year: row.designatedByYear })}</td>
                <td className={td}>{tStatus(row.status)}</td>
                <td className={`${td} tabular`}>{row.nextEvaluationYear ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pager path="/admin/designations" params={{ q, status: filter }} page={page} total={list.total} />
    </>
  );
}
