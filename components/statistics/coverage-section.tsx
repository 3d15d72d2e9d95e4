import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { BarChartFigure } from '@/components/charts/bar-chart';
import { RegionTable } from '@/components/regions/region-table';
import { Section } from '@/components/ui/section';
import type { RegionSummary } from '@/lib/regions/queries';
import type { NationalCounts } from '@/lib/registry/counting';
import { localField } from '@/lib/core/names';

/** Today's coverage by region: the share of each region's local governments designated. */
export async function CoverageSection({ regions, national }: { regions: RegionSummary[]; national: NationalCounts }) {
  const [t, format, locale] = await Promise.all([getTranslations('Statistics.coverage'), getFormatter(), getLocale()]);
  return (
    <Section id="coverage" title={t('title')} description={t('lede')}>
      <BarChartFigure
        id="chart-coverage"
        title={t('chart')}
        description={t('chartDescription')}
        labelWidth={110}
        bars={regions.map((region) => {
          const share = region.unitCount > 0 ? region.designatedCount / region.unitCount : 0;
          return {
            key: region.slug,
            label: localField(region, 'short', locale),
            value: share,
            valueLabel: `${format.number(share, { style: 'percent', maximumFractionDigits: 1 })} (${region.designatedCount}/${region.unitCount})`,
          };
        })}
      />
      <RegionTable regions={regions} national={national} />
    </Section>
  );
}
