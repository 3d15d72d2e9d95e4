import { getFormatter, getTranslations } from 'next-intl/server';
import { BarChartFigure } from '@/components/charts/bar-chart';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import type { DesignationYear } from '@/lib/statistics/series';

/** New designations each year, and the cities in force at each year's end: charts, then the table they draw. */
export async function DesignationsSection({ years }: { years: DesignationYear[] }) {
  const [t, format] = await Promise.all([getTranslations('Statistics.designations'), getFormatter()]);
  const percent = (value: number, total: number) =>
    total > 0 ? format.number(value / total, { style: 'percent', maximumFractionDigits: 1 }) : '–';
  return (
    <Section id="designations" title={t('title')} description={t('lede')}>
      <div className="grid gap-6 lg:grid-cols-2">
        <BarChartFigure
          className="min-w-0"
          id="chart-new"
          title={t('newChart')}
          description={t('chartDescription')}
          labelWidth={60}
          bars={years.map((year) => ({
            key: String(year.year),
            label: String(year.year),
            value: year.newDesignations,
            valueLabel: format.number(year.newDesignations),
          }))}
        />
        <BarChartFigure
          className="min-w-0"
          id="chart-in-force"
          title={t('inForceChart')}
          description={t('chartDescription')}
          labelWidth={60}
          colourIndex={2}
          bars={years.map((year) => ({
            key: String(year.year),
            label: String(year.year),
            value: year.ministryCount,
            valueLabel: format.number(year.ministryCount),
          }))}
        />
      </div>
      <div className="mt-6">
        <DataTable caption={t('caption')}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t('year')}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t('new')}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t('inForce')}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t('ministryCount')}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t('share')}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t('published')}
              </th>
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year.year}>
                <th scope="row" className={`${td} tabular`}>
                  {year.year}
                </th>
                <td className={`${td} text-right tabular`}>{year.newDesignations}</td>
                <td className={`${td} text-right tabular`}>{year.learningCities}</td>
                <td className={`${td} text-right tabular`}>
                  {year.ministryCount} / {year.basicLocalGovernments}
                </td>
                <td className={`${td} text-right tabular`}>{percent(year.ministryCount, year.basicLocalGovernments)}</td>
                <td className={`${td} text-right tabular`}>{year.published ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <p className="mt-2 text-sm text-ink-soft">{t('notes')}</p>
      </div>
    </Section>
  );
}
