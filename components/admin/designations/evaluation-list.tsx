import { getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import type { DesignationForEdit } from '@/lib/designations/staff-queries';
import type { Option } from '@/lib/core/names';
import { fromIsoDate } from '@/lib/core/dates';
import { UpdateEvaluationForm } from './evaluation-forms';

/** The outcomes recorded for a designation, each correctable by staff. */
export async function EvaluationList({
  designation,
  announcements,
  canEdit,
}: {
  designation: DesignationForEdit;
  announcements: Option[];
  canEdit: boolean;
}) {
  const [t, tOutcome] = await Promise.all([getTranslations('Admin.designations.evaluationList'), getTranslations('EvaluationOutcome')]);
  return (
    <Section id="evaluations" title={t('title')}>
      {designation.evaluations.length === 0 ? (
        <p className="text-ink-soft">{t('empty')}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {[...designation.evaluations].reverse().map((evaluation) => (
            <li key={evaluation.id} className="rounded border border-line p-3">
              <p>
                <span className="font-semibold tabular">{evaluation.dueYear}</span> · {tOutcome(evaluation.outcome)}
                {evaluation.validUntilYear ? ` · ${t('validUntil', { year: evaluation.validUntilYear })}` : ''}
                {evaluation.followUpYear ? ` · ${t('followUp', { year: evaluation.followUpYear })}` : ''}
                {evaluation.heldOn ? ` · ${t('decided', { date: fromIsoDate(evaluation.heldOn) })}` : ''}
              </p>
              {evaluation.source ? <p className="text-sm text-ink-soft">{t('source', { source: evaluation.source })}</p> : null}
              {canEdit ? (
                <details className="mt-2">
                  <summary className="cursor-pointer font-semibold text-primary-700">{t('correct', { year: evaluation.dueYear })}</summary>
                  <div className="mt-3">
                    <UpdateEvaluationForm evaluation={evaluation} version={designation.version} announcements={announcements} />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
