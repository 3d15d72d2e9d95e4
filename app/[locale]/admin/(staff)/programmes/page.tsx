import { getTranslations } from 'next-intl/server';
import { SubsidyListFilter } from '@/components/admin/programmes/list-filter';
import { ProgrammeTable } from '@/components/admin/programmes/programme-table';
import { SavedNotice } from '@/components/admin/saved-notice';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { parseSubsidyFilters } from '@/lib/subsidies/filters';
import { listProgrammes, listProgrammeYears } from '@/lib/subsidies/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('Admin.programmes');
  return { title: t('title'), robots: { index: false } };
}

export default async function ProgrammesPage({ searchParams }: PageProps<'/[locale]/admin/programmes'>) {
  const user = await requireAccess('subsidies.read');
  const params = await searchParams;
  const year = parseSubsidyFilters(params).year ?? undefined;
  const [t, programmes, years] = await Promise.all([getTranslations('Admin.programmes'), listProgrammes({ year }), listProgrammeYears()]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')}>
        <p className="flex flex-wrap gap-4">
          {can(user.role, 'subsidies.edit') ? <Link href="/admin/programmes/new">{t('add')}</Link> : null}
          <Link href="/admin/subsidies">{t('toDashboard')}</Link>
        </p>
      </PageHeader>
      <SavedNotice saved={params.saved} />
      <SubsidyListFilter path="/admin/programmes" years={years} year={year} />
      <ProgrammeTable programmes={programmes} />
    </>
  );
}
