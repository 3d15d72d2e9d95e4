import { getLocale, getTranslations } from 'next-intl/server';
import { SubsidyDashboardView } from '@/components/subsidies/subsidy-dashboard';
import { SubsidyFilterForm } from '@/components/subsidies/subsidy-filter-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireAccess } from '@/lib/auth/session';
import { parseSubsidyFilters } from '@/lib/subsidies/filters';
import { getSubsidyDashboard, getSubsidyFilterOptions } from '@/lib/subsidies/queries';

export async function generateMetadata() {
  const t = await getTranslations('Subsidies.page');
  return { title: t('title'), robots: { index: false } };
}

export default async function SubsidiesPage({ searchParams }: PageProps<'/[locale]/admin/subsidies'>) {
  await requireAccess('subsidies.read');
  const filters = parseSubsidyFilters(await searchParams);
  const [t, locale, dashboard, options] = await Promise.all([
    getTranslations('Subsidies.page'),
    getLocale(),
    getSubsidyDashboard(filters),
    getSubsidyFilterOptions(),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')} />
      <SubsidyFilterForm filters={filters} options={options} locale={locale} />
      <SubsidyDashboardView dashboard={dashboard} locale={locale} />
    </>
  );
}
