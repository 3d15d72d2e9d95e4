import { getLocale, getTranslations } from 'next-intl/server';
import { SourceCitation } from '@/components/sources/source-citation';
import type { CityPage } from '@/lib/cities/queries';
import { nextEvaluationView } from '@/lib/cities/next-evaluation';
import type { Standing } from '@/lib/designations/schedule';
import { localName } from '@/lib/core/names';

type Active = Extract<Standing, { state: 'active' }>;

/**
 * The next re-designation evaluation of a designation in force (issue 12): the year and what it
 * rests on (its group, the cycle after its last evaluation, an exemption), with the source a
 * reader can open; or, when no year can be given, why not — never a past year shown as coming.
 */
export async function NextEvaluation({
  city,
  designation,
  standing,
}: {
  city: CityPage;
  designation: CityPage['designations'][number];
  standing: Active;
}) {
  const [t, locale] = await Promise.all([getTranslations('CityPage.next'), getLocale()]);
  const view = nextEvaluationView({
    standing,
    facts: designation.facts,
    groupCode: designation.groupCode,
    designationSource: designation.source,
    evaluations: designation.evaluations,
    rules: city.rules,
    ruleSources: city.ruleSources,
    groups: city.groups,
    rounds: city.rounds,
    today: city.today,
  });
  const groupName = view.group ? localName(view.group, locale) : '';
  const note = (text: string) => <span className="mt-1 block text-sm text-ink-soft">{text}</span>;
  const cited = view.source ? (
    <span className="mt-1 block text-sm text-ink-soft">
      {t('source')} <SourceCitation source={view.source} />
    </span>
  ) : null;
  const groupNext =
    view.kind !== 'due' && view.group && view.groupNextYear ? note(t('groupNext', { group: groupName, year: view.groupNextYear })) : null;

  if (view.kind === 'unknown') {
    return (
      <>
        <span>{t(view.reason === 'beforeSystem' ? 'unknown.beforeSystem' : 'unknown.designationYearUnknown')}</span>
        {groupNext}
        {cited}
      </>
    );
  }
  if (view.kind === 'missing') {
    return (
      <>
        <span>{t('missing', { year: view.year })}</span>
        {groupNext}
        {cited}
      </>
    );
  }
  const last = view.lastEvaluationYear ?? 0;
  const basis = (() => {
    switch (view.basis) {
      case 'group':
        return t('basis.group', { group: groupName, rounds: view.groupRounds.join(', ') });
      case 'afterDesignation':
        return t('basis.afterDesignation', { years: view.firstAfterYears });
      case 'cohort':
        return t('basis.cohort');
      case 'cycle':
        return t('basis.cycle', { year: last, interval: view.intervalYears });
      case 'excused':
        return t('basis.excused', { year: last, skipped: last + view.intervalYears });
      default:
        return t('basis.followUp', { year: last });
    }
  })();
  return (
    <>
      <span className="tabular">
        {/* This year's round: due now, its outcome not yet recorded. */}
        {view.year === Number(city.today.slice(0, 4)) ? t('thisYear', { year: view.year }) : t('year', { year: view.year })}
      </span>
      {note(basis)}
      {view.validUntilReported ? note(t('validUntilReported', { year: view.validUntilReported })) : null}
      {cited}
    </>
  );
}
