import { getTranslations } from 'next-intl/server';
import { allocationTable } from '@/components/admin/allocations/allocation-table';
import { AdminList } from '@/components/admin/list/admin-list';
import type { ListFilter } from '@/components/admin/list/spec';
import { SavedNotice } from '@/components/admin/saved-notice';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { listParam, parseListParams } from '@/lib/core/list-params';
import { Link } from '@/lib/i18n/navigation';
import { ALLOCATION_STATUSES } from '@/lib/subsidies/schemas';
import { listAllocations, listProgrammeYears } from '@/lib/subsidies/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('Admin.allocations');
  return { title: t('title'), robots: { index: false } };
}

export default async function AllocationsPage({ searchParams }: PageProps<'/[locale]/admin/allocations'>) {
  const user = await requireAccess('subsidies.read');
  const params = await searchParams;
  const { year, status, page } = parseListParams({ year: listParam.year(), status: listParam.choice(ALLOCATION_STATUSES) }, params);
  const [t, tStatus, list, years] = await Promise.all([
    getTranslations('Admin.allocations'),
    getTranslations('Subsidies.statuses'),
    listAllocations({ year, status, page }),
    listProgrammeYears(),
  ]);
  const filters: ListFilter[] = [
    {
      kind: 'select',
      name: 'year',
      label: 'Admin.subsidyForms.year',
      allLabel: 'Admin.subsidyForms.allYears',
      options: yearOptions(years),
    },
    {
      kind: 'select',
      name: 'status',
      label: 'Admin.subsidyForms.status',
      allLabel: 'Admin.subsidyForms.allStatuses',
      options: ALLOCATION_STATUSES.map((s) => ({ value: s, label: tStatus(s) })),
    },
  ];
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')}>
        <p className="flex flex-wrap gap-4">
          {can(user.role, 'subsidies.edit') ? <Link href="/admin/allocations/new">{t('add')}</Link> : null}
          <Link href="/admin/subsidies">{t('toDashboard')}</Link>
        </p>
      </PageHeader>
      <SavedNotice saved={params.saved} />
      <AdminList
        path="/admin/allocations"
        filters={filters}
        values={{ year, status }}
        table={await allocationTable({ caption: t('caption') })}
        rows={list.rows}
        pages={{ page, total: list.total }}
      />
    </>
  );
}

const yearOptions = (years: number[]) => years.map((y) => ({ value: String(y), label: String(y) }));
