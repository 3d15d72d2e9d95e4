import { getLocale, getTranslations } from 'next-intl/server';
import { CoverageSection } from '@/components/statistics/coverage-section';
import { DesignationsSection } from '@/components/statistics/designations-section';
import { EvaluationsSection } from '@/components/statistics/evaluations-section';
import { FundingSection } from '@/components/statistics/funding-section';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { pageMetadata } from '@/lib/i18n/metadata';
import { getRegionSummaries } from '@/lib/regions/queries';
import { getTodaysCounts } from '@/lib/registry/queries';
import { getStatistics } from '@/lib/statistics/queries';
import { Link } from '@/lib/i18n/navigation';

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('Statistics'), getLocale()]);
  return pageMetadata({ locale, path: '/statistics', title: t('title'), description: t('lede') });
}

export default async function StatisticsPage() {
  const [t, statistics, regions, national] = await Promise.all([
    getTranslations('Statistics'),
    getStatistics(),
    getRegionSummaries(),
    getTodaysCounts(),
  ]);
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')}>
        <p>
          <Link href="/reconciliation">{t('reconciliationLink')}</Link>
        </p>
      </PageHeader>
      <DesignationsSection years={statistics.designations} />
      <CoverageSection regions={regions} national={national} />
      <EvaluationsSection years={statistics.evaluations} />
      <FundingSection years={statistics.funding} />
    </>
  );
}
