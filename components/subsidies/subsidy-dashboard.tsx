import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/core/locales';
import type { ReactNode } from 'react';
import { BarChart } from '@/components/charts/bar-chart';
import { GroupedBarChart } from '@/components/charts/grouped-bar-chart';
import { Section } from '@/components/ui/section';
import { formatWonRange } from '@/lib/money/format';
import { filterQuery } from '@/lib/subsidies/filters';
import type { SubsidyDashboard } from '@/lib/subsidies/queries';
import { buildDashboardTables, describeFilters, type DashboardTable, type Translate } from '@/lib/subsidies/tables';
import { DashboardTableView } from './dashboard-table';
import { ExportLinks } from './export-links';
import { StatedTotalsPanel } from './stated-totals-panel';
import { byLocale, localField, localName } from '@/lib/core/names';

/** A chart and, right after it, the table with its numbers (wide enough for both to read well). */
function ChartAndTable({ chart, children }: { chart: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-4">
      <div className="max-w-3xl rounded border border-line p-3">{chart}</div>
      <div>{children}</div>
    </div>
  );
}

export async function SubsidyDashboardView({ dashboard, locale }: { dashboard: SubsidyDashboard; locale: Locale }) {
  const t = await getTranslations('Subsidies');
  const translate: Translate = (key, values) => t(key as never, values as never);
  const tables = buildDashboardTables({
    dashboard,
    t: translate,
    locale,
    link: (changes) => `/admin/subsidies${filterQuery(dashboard.filters, changes)}`,
  });
  const table = (id: DashboardTable['id']) => tables.find((candidate) => candidate.id === id);
  const empty = t('dashboard.empty');
  const { years, comparison, regions } = dashboard;
  // A year whose allocations are not recorded has no bar (its table row says so), never a bar of 0.
  const recordedYears = years.flatMap((y) => (y.total === null ? [] : [{ year: y.year, total: y.total, totalMin: y.totalMin }]));
  const notRecorded = t('notRecorded');
  // A range reads as a range (issue 12), an amount not recorded as such (issue 14).
  const wonOrNot = (amount: bigint | null, amountMin: bigint | null) =>
    amount === null ? notRecorded : formatWonRange(amount, amountMin, locale);
  return (
    <>
      <section aria-labelledby="summary-heading" className="mb-8 flex flex-col gap-3">
        <h2 id="summary-heading" className="text-xl font-bold">
          {t('dashboard.summaryTitle')}
        </h2>
        <p>{describeFilters({ dashboard, t: translate, locale })}</p>
        <p className="text-lg">
          {t('dashboard.total', { total: formatWonRange(dashboard.total, dashboard.totalMin, locale), count: dashboard.allocations })}
        </p>
        <ExportLinks filters={dashboard.filters} locale={locale} tables={tables} />
      </section>

      <StatedTotalsPanel checks={dashboard.statedTotals} table={table('statedTotals')!} locale={locale} />

      <Section id="years" title={table('years')!.title} description={t('dashboard.yearsLede')}>
        <ChartAndTable
          chart={
            <BarChart
              id="chart-years"
              title={t('charts.years.title')}
              description={t('charts.years.description', { count: recordedYears.length })}
              labelWidth={60}
              bars={recordedYears.map((y) => ({
                key: String(y.year),
                label: String(y.year),
                value: Number(y.total),
                valueLabel: formatWonRange(y.total, y.totalMin, locale),
              }))}
            />
          }
        >
          <DashboardTableView table={table('years')!} locale={locale} emptyText={empty} />
        </ChartAndTable>
      </Section>

      {comparison ? (
        <Section id="comparison" title={table('comparison')!.title} description={t('dashboard.comparisonLede')}>
          <ChartAndTable
            chart={
              <GroupedBarChart
                id="chart-comparison"
                title={t('charts.comparison.title', { year: comparison.year, previousYear: comparison.previousYear })}
                description={t('charts.comparison.description', { count: comparison.lines.length })}
                series={[String(comparison.previousYear), String(comparison.year)]}
                groups={comparison.lines.map((line) => ({
                  key: line.code,
                  label: localName(line, locale),
                  values: [
                    { value: Number(line.previousTotal ?? 0n), valueLabel: wonOrNot(line.previousTotal, line.previousTotalMin) },
                    { value: Number(line.total ?? 0n), valueLabel: wonOrNot(line.total, line.totalMin) },
                  ],
                }))}
              />
            }
          >
            <DashboardTableView table={table('comparison')!} locale={locale} emptyText={empty} />
          </ChartAndTable>
        </Section>
      ) : null}

      <Section id="programmes" title={table('programmes')!.title} description={t('dashboard.programmesLede')}>
        <DashboardTableView table={table('programmes')!} locale={locale} emptyText={empty} />
      </Section>

      <Section
        id="regions"
        title={table('regions')!.title}
        description={t(dashboard.filters.regionBasis === 'current' ? 'dashboard.regionsLede' : 'dashboard.regionsLedeAnnounced')}
      >
        <ChartAndTable
          chart={
            <BarChart
              id="chart-regions"
              title={t('charts.regions.title')}
              description={t('charts.regions.description', { count: regions.length })}
              labelWidth={byLocale(locale, { ko: 80, en: 130 })}
              colourIndex={2}
              bars={regions.map((r) => ({
                key: r.slug,
                label: localField(r, 'short', locale),
                value: Number(r.total),
                valueLabel: formatWonRange(r.total, r.totalMin, locale),
              }))}
            />
          }
        >
          <DashboardTableView table={table('regions')!} locale={locale} emptyText={empty} />
        </ChartAndTable>
      </Section>

      <Section id="allocations" title={table('allocations')!.title} description={t('dashboard.allocationsLede')}>
        <DashboardTableView table={table('allocations')!} locale={locale} emptyText={empty} />
      </Section>

      {table('city') ? (
        <Section id="city" title={table('city')!.title} description={t('dashboard.cityLede')}>
          <DashboardTableView table={table('city')!} locale={locale} emptyText={t('dashboard.cityEmpty')} />
        </Section>
      ) : (
        <p className="mt-10 text-ink-soft">{t('dashboard.cityHint')}</p>
      )}
    </>
  );
}
