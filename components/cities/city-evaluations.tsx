import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { FactSourceNote, SourceCitation } from '@/components/sources/source-citation';
import { Section } from '@/components/ui/section';
import type { CityPage } from '@/lib/cities/queries';
import { type DesignationEvent, designationTimeline } from '@/lib/designations/timeline';
import { fromIsoDate } from '@/lib/core/dates';
import { localName } from '@/lib/core/names';

/**
 * Designation and re-designation as a timeline (issues 4 and 12): designated, each evaluation
 * with its outcome and source, a round excused, rounds whose outcome no source gives (with what
 * the round's source says), an ending, and the next evaluation due.
 */
export async function CityEvaluations({ city }: { city: CityPage }) {
  const [t, tOutcome, format, locale] = await Promise.all([
    getTranslations('CityPage.timeline'),
    getTranslations('EvaluationOutcome'),
    getFormatter(),
    getLocale(),
  ]);
  const designations = city.designations.map((designation) => ({
    key: `${designation.designatedByYear}-${designation.firstYear}`,
    designation,
    events: designationTimeline({
      facts: designation.facts,
      standing: designation.standing,
      rules: city.rules,
      // Only the rounds of its own group speak of it (Sejong, in no group, has none).
      rounds: city.rounds.filter((round) => round.groupCode === designation.groupCode),
      today: city.today,
    }),
  }));
  const group = (code: string | null) => city.groups.find((candidate) => candidate.code === code) ?? null;
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
      case 'excused':
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
  const describe = (event: DesignationEvent, designation: CityPage['designations'][number]) => {
    switch (event.kind) {
      case 'designated':
        return (
          <>
            {t('designated')}
            <FactSourceNote source={designation.source} className="mt-1 block text-sm text-ink-soft" />
          </>
        );
      case 'evaluated': {
        const recorded = designation.evaluations.find((evaluation) => evaluation.dueYear === event.year);
        return (
          <>
            {t('evaluated', { outcome: tOutcome(event.outcome) })}
            {event.isOutstanding ? ` ${t('outstanding')}` : ''}
            {recorded?.score !== null && recorded?.score !== undefined ? ` ${t('score', { score: format.number(recorded.score) })}` : ''}
            {event.validUntilYear ? ` ${t('validUntil', { year: event.validUntilYear })}` : ''}
            {event.followUpYear ? ` ${t('followUp', { year: event.followUpYear })}` : ''}
            <FactSourceNote source={recorded?.source ?? null} className="mt-1 block text-sm text-ink-soft" />
          </>
        );
      }
      case 'excused':
        return t('excused', { year: event.since });
      case 'outcomeNotRecorded': {
        const round = city.rounds.find((candidate) => candidate.year === event.year && candidate.groupCode === designation.groupCode);
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
            {round?.source ? (
              <span className="block text-sm text-ink-soft">
                {t('source')} <SourceCitation source={round.source} />
              </span>
            ) : null}
          </>
        );
      }
      case 'ended':
        return t(`ended.${event.reason}`);
      case 'nextDue': {
        const named = group(designation.groupCode);
        return (
          <>
            {t('nextDue')}
            {named && event.basis === 'group' ? (
              <span className="block text-sm text-ink-soft">{t('withGroup', { group: localName(named, locale) })}</span>
            ) : null}
          </>
        );
      }
      case 'scheduleUnknown':
        return t(event.basis === 'beforeSystem' ? 'scheduleUnknown.beforeSystem' : 'scheduleUnknown.designationYearUnknown');
    }
  };
  return (
    <Section id="evaluations" title={t('title')} description={t('hint')}>
      {designations.length === 0 ? (
        <p className="text-ink-soft">{t('none')}</p>
      ) : (
        designations.map(({ key, designation, events }) => (
          <ol key={key} className="mb-6 border-l-2 border-primary-100 pl-4 last:mb-0">
            {events.map((event, index) => (
              <li key={index} className="relative mb-4 last:mb-0">
                <span
                  aria-hidden="true"
                  className={`absolute top-1.5 -left-[1.4rem] size-3 rounded-full ${event.kind === 'nextDue' || event.kind === 'scheduleUnknown' ? 'border-2 border-primary-500 bg-white' : 'bg-primary-500'}`}
                />
                <p className="text-sm font-semibold text-ink-soft">{when(event)}</p>
                <p>{describe(event, designation)}</p>
              </li>
            ))}
          </ol>
        ))
      )}
    </Section>
  );
}
