import { describe, expect, it } from 'vitest';
import { type DesignationFacts, standingOn } from './schedule';
import { designationTimeline } from './timeline';

const RULES = [{ effectiveFromYear: 2020, firstAfterYears: 4, intervalYears: 3, followUpYears: 1 }];
const ROUND_2020 = { year: 2020, evaluatedCount: 42, redesignatedCount: 42 };

function timeline(facts: Partial<DesignationFacts> & { year: number }, today = '2026-11-23') {
  const full: DesignationFacts = {
    designatedOn: null,
    cohortYear: null,
    endReason: null,
    endedOn: null,
    endedByYear: null,
    evaluations: [],
    ...facts,
  };
  return designationTimeline({
    facts: full,
    isYearKnown: true,
    standing: standingOn(full, RULES, today),
    rules: RULES,
    rounds: [ROUND_2020],
    today,
  });
}

describe('a designation’s timeline', () => {
  it('shows Yangcheon-gu: designated 2005, the 2020 round (outcome not named), re-designated 2023 to 2026, due 2026', () => {
    expect(
      timeline({
        year: 2005,
        cohortYear: 2020,
        evaluations: [{ dueYear: 2023, heldOn: null, outcome: 'redesignated', validUntilYear: 2026, followUpYear: null }],
      }),
    ).toEqual([
      { kind: 'designated', year: 2005, date: null, isYearKnown: true },
      { kind: 'outcomeNotRecorded', year: 2020, round: ROUND_2020 },
      { kind: 'evaluated', year: 2023, date: null, outcome: 'redesignated', validUntilYear: 2026, followUpYear: null },
      { kind: 'nextDue', year: 2026 },
    ]);
  });

  it('says when a city designated before 2016 has no cohort recorded yet', () => {
    expect(timeline({ year: 2008 }).at(-1)).toEqual({ kind: 'scheduleUnknown' });
  });

  it('says a past due year has no recorded outcome rather than calling the city overdue', () => {
    expect(timeline({ year: 2019 }).at(-1)).toEqual({ kind: 'outcomeNotRecorded', year: 2023, round: null });
  });

  it('ends with the cancellation an evaluation decided, and nothing after it', () => {
    const events = timeline({
      year: 2017,
      evaluations: [
        { dueYear: 2021, heldOn: '2021-06-01', outcome: 'withheld', validUntilYear: null, followUpYear: 2022 },
        { dueYear: 2022, heldOn: '2022-06-01', outcome: 'cancelled', validUntilYear: null, followUpYear: null },
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
