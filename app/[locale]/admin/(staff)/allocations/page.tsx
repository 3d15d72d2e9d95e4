import { getTranslations } from 'next-intl/server';
import { AllocationTable } from '@/components/admin/allocations/allocation-table';
import { Pager } from '@/components/admin/pager';
import { SubsidyListFilter } from '@/components/admin/programmes/list-filter';
import { SavedNotice } from '@/components/admin/saved-notice';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { pageNumber } from '@/lib/core/pagination';
import { parseSubsidyFilters } from '@/lib/subsidies/filters';
import { ALLOCATION_STATUSES } from '@/lib/subsidies/schemas';
import { listAllocations, listProgrammeYears } from '@/lib/subsidies/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('Admin.allocations');
  return { title: t('title'), robots: { index: false } };
}

export default async function AllocationsPage({ searchParams }: PageProps<'/[locale]/admin/allocations'>) {
  const user = await requireAccess('subsidies.read');
  const params = await searchParams;
  const year = parseSubsidyFilters(params).year ?? undefined;
  const status = ALLOCATION_STATUSES.find((s) => s === params.status);
  const page = pageNumber(params.page);
  const [t, list, years] = await Promise.all([
    getTranslations('Admin.allocations'),
    listAllocations({ year, status, page }),
    listProgrammeYears(),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')}>
        <p className="flex flex-wrap gap-4">
          {can(user.role, 'subsidies.edit') ? <Link href="/admin/allocations/new">{t('add')}</Link> : null}
          <Link href="/admin/subsidies">{t('toDashboard')}</Link>
        </p>
      </PageHeader>
      <SavedNotice saved={params.saved} />
      <SubsidyListFilter path="/admin/allocations" years={years} year={year} statuses={ALLOCATION_STATUSES} status={status} />
      <AllocationTable allocations={list.rows} caption={t('caption')} />
      <Pager path="/admin/allocations" params={{ year: year ? String(year) : undefined, status }} page={page} total={list.total} />
    </>
  );
}
