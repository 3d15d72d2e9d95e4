import { describe, expect, it } from 'vitest';
import {
  type DesignationFacts,
  type EvaluationRule,
  type RecordedEvaluation,
  firstEvaluationYear,
  nextDueYear,
  ruleFor,
  standingOn,
} from './schedule';

/** The rule in force since 2020: first evaluation 4 years after designation, then every 3. */
const RULE_2020: EvaluationRule = { effectiveFromYear: 2020, firstAfterYears: 4, intervalYears: 3, followUpYears: 1 };
const RULES = [RULE_2020];

function designated(year: number, overrides: Partial<DesignationFacts> = {}): DesignationFacts {
  return { year, designatedOn: null, cohortYear: null, endReason: null, endedOn: null, endedByYear: null, evaluations: [], ...overrides };
}
const evaluated = (
  dueYear: number,
  outcome: RecordedEvaluation['outcome'],
  extra: Partial<RecordedEvaluation> = {},
): RecordedEvaluation => ({
  dueYear,
  heldOn: null,
  outcome,
  validUntilYear: null,
  followUpYear: null,
  ...extra,
});

describe('the re-designation schedule', () => {
  it('evaluates a city designated in 2016 first in 2020, the year the system began', () => {
    expect(firstEvaluationYear(designated(2016), RULES)).toBe(2020);
    expect(nextDueYear(designated(2016), RULES)).toBe(2020);
  });

  it('evaluates a city designated in 2019 in 2023, then in 2026 once re-designated', () => {
    expect(nextDueYear(designated(2019), RULES)).toBe(2023);
    expect(nextDueYear(designated(2019, { evaluations: [evaluated(2023, 'redesignated')] }), RULES)).toBe(2026);
  });

  it('leaves the first evaluation of a city designated before 2016 to its cohort, which staff set', () => {
    expect(firstEvaluationYear(designated(2005), RULES)).toBeNull();
    expect(nextDueYear(designated(2005), RULES)).toBeNull();
    expect(nextDueYear(designated(2005, { cohortYear: 2020 }), RULES)).toBe(2020);
    // Seoul Yangcheon-gu (2005): re-designated in 2023, valid until 2026.
    expect(
      nextDueYear(designated(2005, { cohortYear: 2020, evaluations: [evaluated(2023, 'redesignated', { validUntilYear: 2026 })] }), RULES),
    ).toBe(2026);
  });

  it('takes a recorded "valid until" year as the next due year, even where the cycle would say otherwise', () => {
    // Okcheon: re-designated 2025, reported valid to 2027 (docs/data-notes.md, item 7).
    const okcheon = designated(2013, {
      cohortYear: 2022,
      evaluations: [evaluated(2022, 'redesignated'), evaluated(2025, 'redesignated', { validUntilYear: 2027 })],
    });
    expect(nextDueYear(okcheon, RULES)).toBe(2027);
  });

  it('reviews a conditional re-designation the next year, then returns to the three-year cycle once passed', () => {
    const conditional = designated(2019, { evaluations: [evaluated(2023, 'conditional')] });
    expect(nextDueYear(conditional, RULES)).toBe(2024);
    expect(nextDueYear({ ...conditional, evaluations: [evaluated(2023, 'conditional', { followUpYear: 2025 })] }, RULES)).toBe(2025);
    expect(nextDueYear({ ...conditional, evaluations: [evaluated(2023, 'conditional'), evaluated(2024, 'redesignated')] }, RULES)).toBe(
      2027,
    );
    expect(
      standingOn({ ...conditional, evaluations: [evaluated(2023, 'conditional'), evaluated(2024, 'redesignated')] }, RULES, '2025-06-01'),
    ).toMatchObject({
      state: 'active',
      phase: 'redesignated',
      validUntilYear: 2027,
    });
  });

  it('keeps a withheld city designated, to be reviewed again the next year', () => {
    const withheld = designated(2017, { evaluations: [evaluated(2021, 'withheld', { heldOn: '2021-06-10' })] });
    expect(standingOn(withheld, RULES, '2021-12-01')).toMatchObject({ state: 'active', phase: 'withheld', nextDueYear: 2022 });
  });

  it('keeps a cancelled designation cancelled, whatever is recorded or due after it', () => {
    const cancelled = designated(2017, {
      evaluations: [evaluated(2021, 'withheld'), evaluated(2022, 'cancelled', { heldOn: '2022-07-01' })],
    });
    expect(nextDueYear(cancelled, RULES)).toBeNull();
    expect(standingOn(cancelled, RULES, '2022-06-30')).toMatchObject({ state: 'active', phase: 'withheld' });
    expect(standingOn(cancelled, RULES, '2022-07-01')).toEqual({
      state: 'ended',
      reason: 'cancelled',
      on: '2022-07-01',
      byYear: null,
      isFromEvaluation: true,
    });
    expect(standingOn(cancelled, RULES, '2030-01-01')).toMatchObject({ state: 'ended', reason: 'cancelled' });
    const withLaterRow = { ...cancelled, evaluations: [...cancelled.evaluations, evaluated(2025, 'redesignated')] };
    expect(standingOn(withLaterRow, RULES, '2026-01-01')).toMatchObject({ state: 'ended', reason: 'cancelled' });
    expect(nextDueYear(withLaterRow, RULES)).toBeNull();
  });

  it('applies a rule that takes effect mid-cycle from the next cycle on', () => {
    const RULE_2027: EvaluationRule = { effectiveFromYear: 2027, firstAfterYears: 3, intervalYears: 2, followUpYears: 1 };
    const rules = [RULE_2020, RULE_2027];
    expect(ruleFor(rules, 2019)).toBe(RULE_2020);
    expect(ruleFor(rules, 2026)).toBe(RULE_2020);
    expect(ruleFor(rules, 2030)).toBe(RULE_2027);
    // Re-designated in 2025 under the 2020 rule: due in 2028, not 2027.
    const city = designated(2016, {
      evaluations: [evaluated(2020, 'redesignated'), evaluated(2023, 'redesignated'), evaluated(2025, 'redesignated')],
    });
    expect(nextDueYear(city, rules)).toBe(2028);
    // Once re-designated in 2028, the new interval of two years counts.
    expect(nextDueYear({ ...city, evaluations: [...city.evaluations, evaluated(2028, 'redesignated')] }, rules)).toBe(2030);
    // Designated in 2026 under the old rule, 2027 under the new one.
    expect(nextDueYear(designated(2026), rules)).toBe(2030);
    expect(nextDueYear(designated(2027), rules)).toBe(2030);
  });

  it('derives the standing on any day from the events up to that day', () => {
    const city = designated(2019, { designatedOn: '2019-07-03', evaluations: [evaluated(2023, 'redesignated', { heldOn: '2023-10-10' })] });
    expect(standingOn(city, RULES, '2019-07-02')).toEqual({ state: 'notDesignated' });
    expect(standingOn(city, RULES, '2019-07-03')).toMatchObject({
      state: 'active',
      phase: 'designated',
      nextDueYear: 2023,
      isOutcomeMissing: false,
    });
    expect(standingOn(city, RULES, '2023-10-09')).toMatchObject({ phase: 'designated', nextDueYear: 2023, isOutcomeMissing: false });
    expect(standingOn(city, RULES, '2023-10-10')).toMatchObject({ phase: 'redesignated', lastEvaluationYear: 2023, validUntilYear: 2026 });
    // Without the 2023 outcome the registry cannot say it was held: the result is missing.
    expect(standingOn({ ...city, evaluations: [] }, RULES, '2024-02-01')).toMatchObject({
      state: 'active',
      nextDueYear: 2023,
      isOutcomeMissing: true,
    });
  });

  it('ends a designation on its recorded end day, or from the year it had certainly ended by', () => {
    const withdrawn = designated(2011, { endReason: 'withdrawn', endedOn: '2021-03-01' });
    expect(standingOn(withdrawn, RULES, '2021-02-28')).toMatchObject({ state: 'active' });
    expect(standingOn(withdrawn, RULES, '2021-03-01')).toMatchObject({ state: 'ended', reason: 'withdrawn', isFromEvaluation: false });
    expect(nextDueYear(withdrawn, RULES)).toBeNull();
    // Gimcheon 2015: cancelled on a day no source gives, before its new designation of 2026.
    const gimcheon = designated(2015, { endReason: 'cancelled', endedByYear: 2026 });
    expect(standingOn(gimcheon, RULES, '2019-10-01')).toMatchObject({ state: 'active' });
    expect(standingOn(gimcheon, RULES, '2026-01-01')).toEqual({
      state: 'ended',
      reason: 'cancelled',
      on: null,
      byYear: 2026,
      isFromEvaluation: false,
    });
  });
});
