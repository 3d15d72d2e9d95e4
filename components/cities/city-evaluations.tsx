import { getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import type { CityPage } from '@/lib/cities/queries';

export async function CityEvaluations({ city }: { city: CityPage }) {
  const [t, tOutcome] = await Promise.all([getTranslations('CityPage'), getTranslations('EvaluationOutcome')]);
  const evaluations = city.designations.flatMap((designation) => designation.evaluations);
  return (
    <Section id="evaluations" title={t('evaluations')} description={t('evaluationsHint')}>
      {evaluations.length === 0 ? (
        <p className="text-ink-soft">{t('noEvaluations')}</p>
      ) : (
        <DataTable caption={t('evaluationsCaption')}>
          <thead>
            <tr>
              <th scope="col" className={th}>{t('evaluationYear')}</th>
              <th scope="col" className={th}>{t('outcome')}</th>
              <th scope="col" className={th}>{t('validUntil')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluations.map((evaluation) => (
              <tr key={evaluation.dueYear}>
                <th scope="row" className={`${td} tabular whitespace-nowrap`}>{evaluation.dueYear}</th>
                <td className={td}>{evaluation.outcome ? tOutcome(evaluation.outcome) : t('outcomePending')}</td>
                <td className={`${td} tabular`}>{evaluation.validUntilYear ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </Section>
  );
}
