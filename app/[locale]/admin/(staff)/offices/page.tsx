import { getLocale, getTranslations } from 'next-intl/server';
import { AdminList } from '@/components/admin/list/admin-list';
import { PageHeader } from '@/components/ui/page-header';
import { requireAccess } from '@/lib/auth/session';
import { listParam, parseListParams } from '@/lib/core/list-params';
import { localName } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';
import { listOffices } from '@/lib/offices/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('Admin.offices');
  return { title: t('title'), robots: { index: false } };
}

export default async function OfficesAdminPage({ searchParams }: PageProps<'/[locale]/admin/offices'>) {
  await requireAccess('registry.read');
  const { q, page } = parseListParams({ q: listParam.text() }, await searchParams);
  const [t, tLevel, locale, list] = await Promise.all([
    getTranslations('Admin.offices'),
    getTranslations('Admin.levels'),
    getLocale(),
    listOffices({ q, page }),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')} />
      <AdminList
        path="/admin/offices"
        filters={[{ kind: 'text', name: 'q', label: 'Admin.list.search' }]}
        values={{ q }}
        table={{
          caption: t('caption'),
          empty: 'Admin.offices.empty',
          rowKey: (row) => row.id,
          columns: [
            {
              header: 'Admin.offices.name',
              isRowHeader: true,
              cell: (row) => (
                <>
                  <Link href={`/admin/offices/${row.id}`}>{localName(row, locale)}</Link>
                  {row.abolishedOn ? (
                    <span className="ml-2 text-xs text-warning-700">{t('abolishedOn', { date: row.abolishedOn })}</span>
                  ) : null}
                </>
              ),
            },
            { header: 'Admin.offices.level', cell: (row) => tLevel(row.level) },
            { header: 'Admin.offices.coverage', cell: (row) => row.coverageCount, isNumeric: true, className: 'tabular' },
          ],
        }}
        rows={list.rows}
        pages={{ page, total: list.total }}
      />
    </>
  );
}
