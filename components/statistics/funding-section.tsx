import { getLocale, getTranslations } from 'next-intl/server';
import { BarChartFigure } from '@/components/charts/bar-chart';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import { formatWonRange } from '@/lib/money/format';
import type { FundingYear } from '@/lib/statistics/queries';
import { localName } from '@/lib/core/names';

/** Published programme money per year (announced or disbursed; drafts and returned grants left out). */
export async function FundingSection({ years }: { years: FundingYear[] }) {
  const [t, locale] = await Promise.all([getTranslations('Statistics.funding'), getLocale()]);
  return (
    <Section id="funding" title={t('title')} description={t('lede')}>
      {years.length === 0 ? (
        <p className="text-ink-soft">{t('empty')}</p>
      ) : (
        <>
          <BarChartFigure
            id="chart-funding"
            title={t('chart')}
            description={t('chartDescription')}
            labelWidth={60}
            colourIndex={3}
            bars={years.map((year) => ({
              key: String(year.year),
              label: String(year.year),
              value: Number(year.total),
              valueLabel: formatWonRange(year.total, year.totalMin, locale, { isApproximate: year.isApproximate }),
            }))}
          />
          <DataTable caption={t('caption')}>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t('year')}
                </th>
                <th scope="col" className={th}>
                  {t('programme')}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t('recipients')}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t('amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {years.flatMap((year) =>
                year.programmes.map((programme, index) => (
                  <tr key={`${year.year}-${programme.code}`}>
                    {index === 0 ? (
                      <th scope="rowgroup" rowSpan={year.programmes.length} className={`${td} tabular`}>
                        {year.year}
                      </th>
                    ) : null}
                    <td className={td}>{localName(programme, locale)}</td>
                    <td className={`${td} text-right tabular`}>{programme.recipients}</td>
                    <td className={`${td} text-right tabular`}>{formatWonRange(programme.total, programme.totalMin, locale)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </DataTable>
          <p className="mt-2 text-sm text-ink-soft">{t('notes')}</p>
        </>
      )}
    </Section>
  );
}
