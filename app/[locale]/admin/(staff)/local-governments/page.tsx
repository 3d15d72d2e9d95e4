import { getLocale, getTranslations } from 'next-intl/server';
import { ListFilter } from '@/components/admin/list-filter';
import { LocalGovernmentTable } from '@/components/admin/local-governments/local-government-table';
import { Pager } from '@/components/admin/pager';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { listLocalGovernments, listRegionOptions } from '@/lib/local-governments/staff-queries';
import { Link } from '@/lib/i18n/navigation';
import { IdField } from '@/lib/core/fields';
import { pageNumber } from '@/lib/core/pagination';
import { localName } from '@/lib/core/names';

export async function generateMetadata() {
  const t = await getTranslations('Admin.localGovernments');
  return { title: t('title'), robots: { index: false } };
}

export default async function LocalGovernmentsPage({ searchParams }: PageProps<'/[locale]/admin/local-governments'>) {
  const user = await requireAccess('registry.read');
  const params = await searchParams;
  const q = typeof params.q === 'string' ? params.q.slice(0, 60) : '';
  const regionId = IdField.safeParse(params.region).data;
  const page = pageNumber(params.page);
  const [t, locale, regions, list] = await Promise.all([
    getTranslations('Admin.localGovernments'),
    getLocale(),
    listRegionOptions(),
    listLocalGovernments({ q, regionId, page }),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')}>
        {can(user.role, 'registry.edit') ? <Link href="/admin/local-governments/new">{t('add')}</Link> : null}
      </PageHeader>
      <ListFilter path="/admin/local-governments" q={q}>
        <div className="flex flex-col gap-1">
          <label htmlFor="list-region" className="text-sm font-semibold">
            {t('region')}
          </label>
          <select id="list-region" name="region" defaultValue={regionId ?? ''} className="rounded border border-ink-soft px-3 py-2">
            <option value="">{t('allRegions')}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {localName(r, locale)}
              </option>
            ))}
          </select>
        </div>
      </ListFilter>
      <LocalGovernmentTable rows={list.rows} />
      <Pager
        path="/admin/local-governments"
        params={{ q, region: regionId ? String(regionId) : undefined }}
        page={page}
        total={list.total}
      />
    </>
  );
}
