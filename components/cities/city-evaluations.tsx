import { getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import type { CityPage } from '@/lib/cities/queries';
import { type DesignationEvent, designationTimeline } from '@/lib/designations/timeline';
import { fromIsoDate } from '@/lib/core/dates';

/**
 * Designation and re-designation as a timeline (issue 4): designated, each evaluation and its
 * outcome, rounds whose outcome no source gives, an ending, and the next evaluation due.
 */
export async function CityEvaluations({ city }: { city: CityPage }) {
  const [t, tOutcome] = await Promise.all([getTranslations('CityPage.timeline'), getTranslations('EvaluationOutcome')]);
  const designations = city.designations.map((designation) => ({
    key: `${designation.designatedByYear}-${designation.firstYear}`,
    events: designationTimeline({
      facts: designation.facts,
      isYearKnown: designation.firstYear !== null,
      standing: designation.standing,
      rules: city.rules,
      rounds: city.rounds,
      today: city.today,
    }),
  }));
  const when = (event: DesignationEvent) => {
    switch (event.kind) {
      case 'designated':
        return event.date
          ? t('date', { date: fromIsoDate(event.date) })
          : event.isYearKnown
            ? t('year', { year: event.year })
            : t('byYear', { year: event.year });
      case 'evaluated':
        return event.date ? t('date', { date: fromIsoDate(event.date) }) : t('year', { year: event.year });
      case 'outcomeNotRecorded':
      case 'nextDue':
        return t('year', { year: event.year });
      case 'ended':
        return event.date
          ? t('date', { date: fromIsoDate(event.date) })
          : event.byYear
            ? t('endedBy', { year: event.byYear })
            : t('dateUnknown');
      case 'scheduleUnknown':
        return t('next');
    }
  };
  const describe = (event: DesignationEvent) => {
    switch (event.kind) {
      case 'designated':
        return t('designated');
      case 'evaluated':
        return (
          <>
            {t('evaluated', { outcome: tOutcome(event.outcome) })}
            {event.validUntilYear ? ` ${t('validUntil', { year: event.validUntilYear })}` : ''}
            {event.followUpYear ? ` ${t('followUp', { year: event.followUpYear })}` : ''}
          </>
        );
      case 'outcomeNotRecorded':
        return (
          <>
            {t('outcomeNotRecorded')}
            {event.round?.evaluatedCount ? (
              <span className="block text-sm text-ink-soft">
                {event.round.redesignatedCount === event.round.evaluatedCount
                  ? t('roundAllRedesignated', { year: event.year, count: event.round.evaluatedCount })
                  : t('roundEvaluated', { year: event.year, count: event.round.evaluatedCount })}
              </span>
            ) : null}
          </>
        );
      case 'ended':
        return t(`ended.${event.reason}`);
      case 'nextDue':
        return t('nextDue');
      case 'scheduleUnknown':
        return t('scheduleUnknown');
    }
  };
  return (
    <Section id="evaluations" title={t('title')} description={t('hint')}>
      {designations.length === 0 ? (
        <p className="text-ink-soft">{t('none')}</p>
      ) : (
        designations.map((designation) => (
          <ol key={designation.key} className="mb-6 border-l-2 border-primary-100 pl-4 last:mb-0">
            {designation.events.map((event, index) => (
              <li key={index} className="relative mb-4 last:mb-0">
                <span
                  aria-hidden="true"
                  className={`absolute top-1.5 -left-[1.4rem] size-3 rounded-full ${event.kind === 'nextDue' || event.kind === 'scheduleUnknown' ? 'border-2 border-primary-500 bg-white' : 'bg-primary-500'}`}
                />
                <p className="text-sm font-semibold text-ink-soft">{when(event)}</p>
                <p>{describe(event)}</p>
              </li>
            ))}
          </ol>
        ))
      )}
    </Section>
  );
}
