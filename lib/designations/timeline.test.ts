import { describe, expect, it } from 'vitest';
import { type DesignationFacts, type EvaluationGroup, type RecordedEvaluation, standingOn } from './schedule';
import { designationTimeline } from './timeline';

const RULE_2020 = {
  effectiveFromYear: 2020,
  firstAfterYears: 4,
  intervalYears: 3,
  followUpYears: 1,
  passScore: 60,
  exemptTopPercent: null,
};
const RULES = [RULE_2020, { ...RULE_2020, effectiveFromYear: 2023, exemptTopPercent: 10 }];
const METROPOLITAN: EvaluationGroup = { code: 'metropolitan', firstRoundYear: 2020, kinds: ['gu', 'gun'], regionSlugs: ['seoul', 'busan'] };
const ROUND_2020 = { year: 2020, evaluatedCount: 42, redesignatedCount: 42 };

const evaluation = (
  dueYear: number,
  outcome: RecordedEvaluation['outcome'],
  extra: Partial<RecordedEvaluation> = {},
): RecordedEvaluation => ({
  dueYear,
  heldOn: null,
  outcome,
  validUntilYear: null,
  followUpYear: null,
  isOutstanding: false,
  ...extra,
});

function timeline(facts: Partial<DesignationFacts> & { year: number }, today = '2026-11-23') {
  const full: DesignationFacts = {
    isYearKnown: true,
    designatedOn: null,
    cohortYear: null,
    group: null,
    endReason: null,
    endedOn: null,
    endedByYear: null,
    evaluations: [],
    ...facts,
  };
  return designationTimeline({ facts: full, standing: standingOn(full, RULES, today), rules: RULES, rounds: [ROUND_2020], today });
}

describe('a designation’s timeline', () => {
  it('shows Yangcheon-gu: designated 2005, the 2020 round (outcome not named), re-designated 2023 to 2026, due 2026', () => {
    expect(
      timeline({ year: 2005, group: METROPOLITAN, evaluations: [evaluation(2023, 'redesignated', { validUntilYear: 2026 })] }),
    ).toEqual([
      { kind: 'designated', year: 2005, date: null, isYearKnown: true },
      { kind: 'outcomeNotRecorded', year: 2020, round: ROUND_2020 },
      {
        kind: 'evaluated',
        year: 2023,
        date: null,
        outcome: 'redesignated',
        validUntilYear: 2026,
        followUpYear: null,
        isOutstanding: false,
      },
      { kind: 'nextDue', year: 2026, basis: 'cycle' },
    ]);
  });

  it('says why no next evaluation can be given for a designation whose year is unknown', () => {
    expect(timeline({ year: 2019, isYearKnown: false, group: METROPOLITAN }).at(-1)).toEqual({
      kind: 'scheduleUnknown',
      basis: 'designationYearUnknown',
    });
  });

  it('says a past due year has no recorded outcome rather than calling the city overdue', () => {
    expect(timeline({ year: 2005, group: METROPOLITAN }).at(-1)).toEqual({ kind: 'outcomeNotRecorded', year: 2020, round: ROUND_2020 });
  });

  it('shows the round an outstanding city was excused from, and its next evaluation (Geumjeong-gu: 2023 outstanding, 2026 excused, 2029)', () => {
    const events = timeline({
      year: 2013,
      group: METROPOLITAN,
      evaluations: [evaluation(2020, 'redesignated'), evaluation(2023, 'redesignated', { isOutstanding: true })],
    });
    expect(events.slice(-3)).toEqual([
      { kind: 'evaluated', year: 2023, date: null, outcome: 'redesignated', validUntilYear: null, followUpYear: null, isOutstanding: true },
      { kind: 'excused', year: 2026, since: 2023 },
      { kind: 'nextDue', year: 2029, basis: 'excused' },
    ]);
  });

  it('ends with the cancellation an evaluation decided, and nothing after it', () => {
    const events = timeline({
      year: 2017,
      evaluations: [
        evaluation(2021, 'withheld', { heldOn: '2021-06-01', followUpYear: 2022 }),
        evaluation(2022, 'cancelled', { heldOn: '2022-06-01' }),
      ],
    });
    expect(events.map((event) => event.kind)).toEqual(['designated', 'evaluated', 'evaluated']);
    expect(events.at(-1)).toMatchObject({ outcome: 'cancelled', date: '2022-06-01' });
  });

  it('shows an ending recorded outside any evaluation, with its bound when the day is unknown', () => {
    expect(timeline({ year: 2015, endReason: 'cancelled', endedByYear: 2026 }).at(-1)).toEqual({
      kind: 'ended',
      date: null,
      byYear: 2026,
      reason: 'cancelled',
    });
  });
});
