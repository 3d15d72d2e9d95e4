import { getTranslations } from 'next-intl/server';
import { BarChartFigure } from '@/components/charts/bar-chart';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import type { EvaluationYear } from '@/lib/statistics/queries';

const OUTCOMES = ['redesignated', 'conditional', 'withheld', 'cancelled', 'withdrawn'] as const;

/** Evaluation rounds since 2020: what sources say of each round, and the outcomes recorded city by city. */
export async function EvaluationsSection({ years }: { years: EvaluationYear[] }) {
  const [t, tOutcome] = await Promise.all([getTranslations('Statistics.evaluations'), getTranslations('EvaluationOutcome')]);
  const evaluated = (year: EvaluationYear) =>
    year.round?.evaluatedCount ?? OUTCOMES.reduce((sum, outcome) => sum + year.recorded[outcome], 0);
  return (
    <Section id="evaluations" title={t('title')} description={t('lede')}>
      {years.length === 0 ? (
        <p className="text-ink-soft">{t('empty')}</p>
      ) : (
        <>
          <BarChartFigure
            id="chart-evaluations"
            title={t('chart')}
            description={t('chartDescription')}
            labelWidth={60}
            colourIndex={1}
            bars={years.map((year) => ({
              key: String(year.year),
              label: String(year.year),
              value: evaluated(year),
              valueLabel: String(evaluated(year)),
            }))}
          />
          <DataTable caption={t('caption')}>
            <thead>
              <tr>
                <td className={th} />
                {years.map((year) => (
                  <th key={year.year} scope="col" className={`${th} text-right tabular`}>
                    {year.year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row" className={td}>
                  {t('roundEvaluated')}
                </th>
                {years.map((year) => (
                  <td key={year.year} className={`${td} text-right tabular`}>
                    {year.round?.evaluatedCount ?? '–'}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row" className={td}>
                  {t('roundRedesignated')}
                </th>
                {years.map((year) => (
                  <td key={year.year} className={`${td} text-right tabular`}>
                    {year.round?.redesignatedCount ?? '–'}
                  </td>
                ))}
              </tr>
              {OUTCOMES.map((outcome) => (
                <tr key={outcome}>
                  <th scope="row" className={td}>
                    {t('recorded', { outcome: tOutcome(outcome) })}
                  </th>
                  {years.map((year) => (
                    <td key={year.year} className={`${td} text-right tabular`}>
                      {year.recorded[outcome]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </DataTable>
          <p className="mt-2 text-sm text-ink-soft">{t('notes')}</p>
        </>
      )}
    </Section>
  );
}
