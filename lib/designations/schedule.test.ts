import { describe, expect, it } from 'vitest';
import {
  type DesignationFacts,
  type EvaluationGroup,
  type EvaluationRule,
  type RecordedEvaluation,
  evaluationGroupFor,
  firstEvaluation,
  firstEvaluationYear,
  groupRoundFrom,
  isExcusedFromNext,
  nextDue,
  nextDueYear,
  outcomeForScore,
  ruleFor,
  standingOn,
} from './schedule';

/**
 * The rules as prisma/seed/evaluation-rules.csv records them: since 2020 the first evaluation four
 * years after designation, then every three (ministry release 2023-03-06); below 60 points
 * re-designation is withheld and failing again cancels (asiae 2020-06-13); from 2023 the top 10 %
 * are excused from the next evaluation (lawissue 2025-08-02; Geumjeong-gu 2023).
 */
const RULE_2020: EvaluationRule = {
  effectiveFromYear: 2020,
  firstAfterYears: 4,
  intervalYears: 3,
  followUpYears: 1,
  passScore: 60,
  exemptTopPercent: null,
};
const RULE_2023: EvaluationRule = { ...RULE_2020, effectiveFromYear: 2023, exemptTopPercent: 10 };
const RULES = [RULE_2020, RULE_2023];

/** The three groups as prisma/seed/evaluation-groups.csv records them. */
const METROPOLITAN: EvaluationGroup = {
  code: 'metropolitan',
  firstRoundYear: 2020,
  kinds: ['gu', 'gun'],
  regionSlugs: ['seoul', 'busan', 'daegu', 'incheon', 'gwangju', 'daejeon', 'ulsan'],
};
const PROVINCIAL_CITY: EvaluationGroup = { code: 'provincial-city', firstRoundYear: 2021, kinds: ['si', 'admin_city'], regionSlugs: [] };
const COUNTY: EvaluationGroup = { code: 'county', firstRoundYear: 2022, kinds: ['gun'], regionSlugs: [] };
const GROUPS = [METROPOLITAN, PROVINCIAL_CITY, COUNTY];

function designated(year: number, overrides: Partial<DesignationFacts> = {}): DesignationFacts {
  return {
    year,
    isYearKnown: true,
    designatedOn: null,
    cohortYear: null,
    group: null,
    endReason: null,
    endedOn: null,
    endedByYear: null,
    evaluations: [],
    ...overrides,
  };
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
  isOutstanding: false,
  ...extra,
});

describe('the three evaluation groups', () => {
  it('places a district or county of Seoul or a metropolitan city in the group evaluated 2020, 2023, 2026 (etnews 2020-06-14: the 42 of the special and metropolitan cities)', () => {
    expect(evaluationGroupFor({ kind: 'gu', regionSlug: 'seoul' }, GROUPS)).toBe(METROPOLITAN);
    expect(evaluationGroupFor({ kind: 'gun', regionSlug: 'busan' }, GROUPS)).toBe(METROPOLITAN);
    expect([2020, 2023, 2026].map((year) => groupRoundFrom(METROPOLITAN, year, RULES))).toEqual([2020, 2023, 2026]);
    // Seoul Gwanak-gu, designated 2004: first evaluated with its group in 2020.
    expect(firstEvaluationYear(designated(2004, { group: METROPOLITAN }), RULES)).toBe(2020);
  });

  it('places a province’s city in the group evaluated 2021, 2024, 2027 (ohmynews 2021-05-20: 61 cities; newspim 2024-07-31: 64; Changwon re-designated 2024, to 2027)', () => {
    expect(evaluationGroupFor({ kind: 'si', regionSlug: 'gyeongnam' }, GROUPS)).toBe(PROVINCIAL_CITY);
    // Jeju City and Seogwipo: cities under a province (an inference, docs/data-notes.md).
    expect(evaluationGroupFor({ kind: 'admin_city', regionSlug: 'jeju' }, GROUPS)).toBe(PROVINCIAL_CITY);
    const changwon = designated(2004, { group: PROVINCIAL_CITY });
    expect(firstEvaluationYear(changwon, RULES)).toBe(2021);
    expect(
      nextDueYear(
        { ...changwon, evaluations: [evaluated(2021, 'redesignated'), evaluated(2024, 'redesignated', { validUntilYear: 2027 })] },
        RULES,
      ),
    ).toBe(2027);
  });

  it('places a province’s county in the group evaluated 2022, 2025, 2028 (kyeonggi 2022-04-25: 44 counties; lawissue 2025-08-02: 46)', () => {
    expect(evaluationGroupFor({ kind: 'gun', regionSlug: 'chungbuk' }, GROUPS)).toBe(COUNTY);
    expect(firstEvaluationYear(designated(2013, { group: COUNTY }), RULES)).toBe(2022);
    // Okcheon: re-designated 2022 and 2025; reported "valid to 2027", but the group's cycle is 2028.
    const okcheon = designated(2013, {
      group: COUNTY,
      evaluations: [evaluated(2022, 'redesignated'), evaluated(2025, 'redesignated', { validUntilYear: 2027 })],
    });
    expect(nextDue(okcheon, RULES)).toEqual({ year: 2028, basis: 'cycle' });
    expect(standingOn(okcheon, RULES, '2026-12-01')).toMatchObject({ validUntilYear: 2027, nextDueYear: 2028 });
  });

  it('puts a unit in no group where none covers it: Sejong (special_city) takes four years after designation', () => {
    expect(evaluationGroupFor({ kind: 'special_city', regionSlug: 'sejong' }, GROUPS)).toBeNull();
    // A metropolitan region's si (none exists) is not claimed by the provinces' group.
    expect(evaluationGroupFor({ kind: 'si', regionSlug: 'ulsan' }, GROUPS)).toBeNull();
    expect(firstEvaluation(designated(2019), RULES)).toEqual({ year: 2023, basis: 'afterDesignation' });
  });

  it('first evaluates a newer city in its group’s first round at least four years on (ministry release 2023-03-06; newspim 2024-07-31: 64 cities)', () => {
    // Boryeong (2018, a province's city): 2022 is not a round of its group; 2024 is (Daum 2024-08-04).
    expect(firstEvaluation(designated(2018, { group: PROVINCIAL_CITY }), RULES)).toEqual({ year: 2024, basis: 'group' });
    // Busan Gangseo-gu (2022): its group's 2026 round.
    expect(firstEvaluationYear(designated(2022, { group: METROPOLITAN }), RULES)).toBe(2026);
    // Gochang (2019, a county): 2023 is not a county round; 2025 is.
    expect(firstEvaluationYear(designated(2019, { group: COUNTY }), RULES)).toBe(2025);
  });

  it('lets a cohort year a report gives win over the group (Yeoju, designated June 2017, first evaluated 2024: morningtoday 83837)', () => {
    expect(firstEvaluation(designated(2017, { group: PROVINCIAL_CITY, cohortYear: 2024 }), RULES)).toEqual({ year: 2024, basis: 'cohort' });
  });

  it('gives no first evaluation for a designation whose year is unknown, until one is recorded (Cheongju: designated by 2019)', () => {
    const cheongju = designated(2019, { isYearKnown: false, group: PROVINCIAL_CITY });
    expect(firstEvaluation(cheongju, RULES)).toEqual({ year: null, basis: 'designationYearUnknown' });
    // Chungju, year unknown, judged outstanding in 2021 (thecm 33893): the schedule continues from it.
    expect(nextDue({ ...cheongju, evaluations: [evaluated(2021, 'redesignated', { isOutstanding: true })] }, RULES)).toEqual({
      year: 2024,
      basis: 'cycle',
    });
  });
});

describe('withholding and cancellation (asiae 2020-06-13: under 60 points re-designation is withheld; failing the next evaluation too cancels it)', () => {
  it('re-designates at 60 points or more and withholds below', () => {
    expect(outcomeForScore(60, null, RULE_2020)).toBe('redesignated');
    expect(outcomeForScore(59.5, null, RULE_2020)).toBe('withheld');
    expect(outcomeForScore(59.5, 'redesignated', RULE_2020)).toBe('withheld');
  });

  it('cancels a designation that fails again after being withheld', () => {
    expect(outcomeForScore(55, 'withheld', RULE_2020)).toBe('cancelled');
    // Passing the follow-up restores the cycle.
    expect(outcomeForScore(72, 'withheld', RULE_2020)).toBe('redesignated');
  });

  it('decides nothing from a score where the rule states no pass mark', () => {
    expect(outcomeForScore(40, null, { passScore: null })).toBeNull();
  });

  it('keeps a withheld city designated, reviewed the next year, and ends it when the review cancels it', () => {
    const city = designated(2017, { group: PROVINCIAL_CITY, evaluations: [evaluated(2021, 'withheld', { heldOn: '2021-06-10' })] });
    expect(standingOn(city, RULES, '2021-12-01')).toMatchObject({
      state: 'active',
      phase: 'withheld',
      nextDueYear: 2022,
      nextDueBasis: 'followUp',
    });
    const cancelled = { ...city, evaluations: [...city.evaluations, evaluated(2022, 'cancelled', { heldOn: '2022-07-01' })] };
    expect(standingOn(cancelled, RULES, '2022-06-30')).toMatchObject({ state: 'active', phase: 'withheld' });
    expect(standingOn(cancelled, RULES, '2022-07-01')).toEqual({
      state: 'ended',
      reason: 'cancelled',
      on: '2022-07-01',
      byYear: null,
      isFromEvaluation: true,
    });
    expect(nextDue(cancelled, RULES)).toEqual({ year: null, basis: 'ended' });
    // Nothing recorded after an ending counts.
    const withLaterRow = { ...cancelled, evaluations: [...cancelled.evaluations, evaluated(2025, 'redesignated')] };
    expect(standingOn(withLaterRow, RULES, '2026-01-01')).toMatchObject({ state: 'ended', reason: 'cancelled' });
  });

  it('takes a follow-up year staff recorded over the one-year default', () => {
    const city = designated(2019, { evaluations: [evaluated(2023, 'conditional', { followUpYear: 2025 })] });
    expect(nextDue(city, RULES)).toEqual({ year: 2025, basis: 'followUpRecorded' });
  });
});

describe('the exemption of outstanding cities (lawissue 2025-08-02: the top 10 % are excused from the next evaluation)', () => {
  it('excuses a city judged outstanding from 2023 on from its next evaluation: Geumjeong-gu, outstanding in 2023, next evaluated 2029 (Ilgan Geomgyeong: “2026년 재지정 평가를 면제받고 2029년까지”)', () => {
    const geumjeong = designated(2013, { group: METROPOLITAN, evaluations: [evaluated(2023, 'redesignated', { isOutstanding: true })] });
    expect(isExcusedFromNext(geumjeong.evaluations[0]!, RULES)).toBe(true);
    expect(nextDue(geumjeong, RULES)).toEqual({ year: 2029, basis: 'excused' });
    expect(standingOn(geumjeong, RULES, '2026-12-01')).toMatchObject({ state: 'active', nextDueYear: 2029, isOutcomeMissing: false });
  });

  it('did not excuse the outstanding cities of 2020: Gwangju Buk-gu was evaluated again in 2023 (Dong-A Ilbo 2023-11-23)', () => {
    const bukGu = designated(2008, { group: METROPOLITAN, evaluations: [evaluated(2020, 'redesignated', { isOutstanding: true })] });
    expect(nextDue(bukGu, RULES)).toEqual({ year: 2023, basis: 'cycle' });
  });

  it('excuses only a re-designation: an outstanding flag on anything else changes nothing', () => {
    expect(isExcusedFromNext({ dueYear: 2024, outcome: 'withheld', isOutstanding: true }, RULES)).toBe(false);
  });
});

describe('the re-designation schedule over time', () => {
  it('reports a past due year with no outcome as missing, never as a coming evaluation', () => {
    const city = designated(2005, { group: METROPOLITAN });
    expect(standingOn(city, RULES, '2026-12-01')).toMatchObject({
      state: 'active',
      nextDueYear: 2020,
      isOutcomeMissing: true,
      nextDueBasis: 'group',
    });
  });

  it('applies a rule that takes effect mid-cycle from the next cycle on', () => {
    const RULE_2027: EvaluationRule = { ...RULE_2023, effectiveFromYear: 2027, firstAfterYears: 3, intervalYears: 2 };
    const rules = [RULE_2020, RULE_2027];
    expect(ruleFor(rules, 2019)).toBe(RULE_2020);
    expect(ruleFor(rules, 2026)).toBe(RULE_2020);
    expect(ruleFor(rules, 2030)).toBe(RULE_2027);
    // Re-designated in 2025 under the 2020 rule: due in 2028, not 2027.
    const city = designated(2016, { evaluations: [evaluated(2020, 'redesignated'), evaluated(2025, 'redesignated')] });
    expect(nextDueYear(city, rules)).toBe(2028);
    // Once re-designated in 2028, the new interval of two years counts.
    expect(nextDueYear({ ...city, evaluations: [...city.evaluations, evaluated(2028, 'redesignated')] }, rules)).toBe(2030);
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
    expect(standingOn(city, RULES, '2023-10-10')).toMatchObject({ phase: 'redesignated', lastEvaluationYear: 2023, nextDueYear: 2026 });
  });

  it('ends a designation on its recorded end day, or from the year it had certainly ended by', () => {
    const withdrawn = designated(2011, { endReason: 'withdrawn', endedOn: '2021-03-01' });
    expect(standingOn(withdrawn, RULES, '2021-02-28')).toMatchObject({ state: 'active' });
    expect(standingOn(withdrawn, RULES, '2021-03-01')).toMatchObject({ state: 'ended', reason: 'withdrawn', isFromEvaluation: false });
    expect(nextDueYear(withdrawn, RULES)).toBeNull();
    // Gimcheon 2015: cancelled on a day no source gives, before its new designation of 2026.
    const gimcheon = designated(2015, { endReason: 'cancelled', endedByYear: 2026 });
    expect(standingOn(gimcheon, RULES, '2026-01-01')).toEqual({
      state: 'ended',
      reason: 'cancelled',
      on: null,
      byYear: 2026,
      isFromEvaluation: false,
    });
  });
});
