import { getTranslations } from 'next-intl/server';
import type { DesignationForEdit } from '@/lib/designations/staff-queries';
import { fromIsoDate } from '@/lib/core/dates';

/** What the registry derives for this designation today: its standing and its next evaluation. */
export async function DesignationStanding({ designation }: { designation: DesignationForEdit }) {
  const [t, tStatus] = await Promise.all([getTranslations('Admin.designations.standing'), getTranslations('DesignationStatus')]);
  const { standing } = designation;
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid gap-1 border-b border-line py-2 sm:grid-cols-3">
      <dt className="font-semibold text-ink-soft">{label}</dt>
      <dd className="sm:col-span-2">{value}</dd>
    </div>
  );
  return (
    <dl aria-label={t('label')} className="border-t border-line">
      {row(t('status'), <span className="font-semibold">{tStatus(designation.status)}</span>)}
      {row(
        t('designated'),
        designation.designatedOn
          ? t('day', { date: fromIsoDate(designation.designatedOn) })
          : (designation.firstYear ?? t('byYear', { year: designation.designatedByYear })),
      )}
      {standing.state === 'active'
        ? row(
            t('next'),
            standing.nextDueYear === null
              ? t('needsCohort')
              : standing.isOutcomeMissing
                ? t('missing', { year: standing.nextDueYear })
                : standing.nextDueYear,
          )
        : null}
      {standing.state === 'ended'
        ? row(
            t('ended'),
            standing.on ? t('day', { date: fromIsoDate(standing.on) }) : standing.byYear ? t('byYear', { year: standing.byYear }) : '–',
          )
        : null}
      {designation.evaluationCohortYear !== null ? row(t('cohort'), designation.evaluationCohortYear) : null}
    </dl>
  );
}
