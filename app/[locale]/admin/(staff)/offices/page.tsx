import { getLocale, getTranslations } from 'next-intl/server';
import { ListFilter } from '@/components/admin/list-filter';
import { Pager } from '@/components/admin/pager';
import { DataTable, td, th } from '@/components/ui/table';
import { PageHeader } from '@/components/ui/page-header';
import { requireAccess } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { listOffices } from '@/lib/offices/staff-queries';
import { pageNumber } from '@/lib/core/pagination';
import { localName } from '@/lib/core/names';

export async function generateMetadata() {
  const t = await getTranslations('Admin.offices');
  return { title: t('title'), robots: { index: false } };
}

export default async function OfficesAdminPage({ searchParams }: PageProps<'/[locale]/admin/offices'>) {
  await requireAccess('registry.read');
  const params = await searchParams;
  const q = typeof params.q === 'string' ? params.q.slice(0, 60) : '';
  const page = pageNumber(params.page);
  const [t, tLevel, locale, list] = await Promise.all([
    getTranslations('Admin.offices'),
    getTranslations('Admin.levels'),
    getLocale(),
    listOffices({ q, page }),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')} />
      <ListFilter path="/admin/offices" q={q} />
      {list.rows.length === 0 ? (
        <p className="text-ink-soft">{t('empty')}</p>
      ) : (
        <DataTable caption={t('caption')}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t('name')}
              </th>
              <th scope="col" className={th}>
                {t('level')}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t('coverage')}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className={`${td} font-medium`}>
                  <Link href={`/admin/offices/${row.id}`}>{localName(row, locale)}</Link>
                  {row.abolishedOn ? (
                    <span className="ml-2 text-xs text-warning-700">{t('abolishedOn', { date: row.abolishedOn })}</span>
                  ) : null}
                </th>
                <td className={td}>{tLevel(row.level)}</td>
                <td className={`${td} text-right tabular`}>{row.coverageCount}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pager path="/admin/offices" params={{ q }} page={page} total={list.total} />
    </>
  );
}
