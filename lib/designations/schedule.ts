// The re-designation schedule (issues 4 and 12), computed from dated rules, the evaluation groups
// and recorded events only. Every rule below is data (EvaluationRule, EvaluationGroup rows, each
// with its source); this module applies them, and schedule.test.ts pins each case to its source.
//
// What the sources say (docs/data-notes.md, "Re-designation"):
// - A city is first evaluated four years after its designation, then every three years (ministry
//   release of 2023-03-06: "Four years after the first designation … renewed every three years").
// - Cities are evaluated in three groups by kind, in turn: the districts and counties of Seoul and
//   the metropolitan cities (2020, 2023, 2026), the provinces' cities (2021, 2024, 2027), the
//   provinces' counties (2022, 2025, 2028) (etnews 2020-06-14; ohmynews 2021-05-20; kyeonggi
//   2022-04-25: "특별·광역시, 도 산하 시, 도 산하 군 순으로 3년을 주기로").
// - A score under 60 withholds re-designation (재지정 유예); failing the next evaluation too
//   cancels the designation (asiae 2020-06-13).
// - The top 10 % are judged outstanding and excused from the next evaluation (lawissue
//   2025-08-01; Geumjeong-gu 2023: "2026년 재지정 평가를 면제받고 2029년까지").
//
// Choices this module makes, pinned by schedule.test.ts:
// - A cycle takes the rule in force in the year it starts (the designation's year, or the year of
//   the evaluation that opened it); a rule taking effect mid-cycle applies from the next one.
//   Years before the first rule take the first rule.
// - A city in a group is first evaluated in its group's first round at least `firstAfterYears`
//   after its designation; a city in no group (Sejong) four years after it. A cohort year staff or
//   a report set wins over both (Yeoju, designated June 2017, first evaluated in 2024).
// - A designation whose year is unknown has no first evaluation year until one is recorded.
// - After a re-designation the next evaluation is the cycle's (three years on), or six years on
//   for a city judged outstanding under a rule that excuses it. A reported "valid until" year is
//   kept as reported; it does not move the schedule (reports disagree by a year, data-notes).
// - An ending (cancelled, withdrawn) is final: nothing recorded after it counts.

export const ENDING_OUTCOMES = ['cancelled', 'withdrawn'] as const;
export const EVALUATION_OUTCOMES = ['redesignated', 'conditional', 'withheld', 'cancelled', 'withdrawn'] as const;

export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number];
export type EndReason = (typeof ENDING_OUTCOMES)[number];

export type EvaluationRule = {
  effectiveFromYear: number;
  /** Years from designation to the first evaluation. */
  firstAfterYears: number;
  /** Years from a re-designation to the next evaluation. */
  intervalYears: number;
  /** Years from a conditional or withheld outcome to its follow-up review. */
  followUpYears: number;
  /** A score below it withholds re-designation; failing again cancels. Null when not known. */
  passScore: number | null;
  /** The top share (percent) excused from the next evaluation; null when no exemption is in force. */
  exemptTopPercent: number | null;
};

/** A group of cities evaluated in the same years. */
export type EvaluationGroup = {
  code: string;
  firstRoundYear: number;
  kinds: readonly string[];
  /** The regions it covers (as in 2020); empty for "any region no other group names". */
  regionSlugs: readonly string[];
};

export type RecordedEvaluation = {
  dueYear: number;
  /** The day it was decided, when known (always known for an ending). */
  heldOn: string | null;
  outcome: EvaluationOutcome;
  validUntilYear: number | null;
  followUpYear: number | null;
  /** Judged outstanding (the top 10 %). */
  isOutstanding: boolean;
};

export type DesignationFacts = {
  /** The year of designation (the known first year, or the latest it can have been). */
  year: number;
  /** Whether `year` is the year of designation (false: only the latest it can have been). */
  isYearKnown: boolean;
  /** The day it took effect, when an announcement gives it. */
  designatedOn: string | null;
  /** A first evaluation year set by staff or a report, which wins over the group's. */
  cohortYear: number | null;
  /** The group it is evaluated with, if any. */
  group: EvaluationGroup | null;
  /** An ending recorded outside any evaluation. */
  endReason: EndReason | null;
  endedOn: string | null;
  /** For an ending whose day is unknown: the year by which it had certainly ended. */
  endedByYear: number | null;
  evaluations: RecordedEvaluation[];
};

export const isEnding = (outcome: EvaluationOutcome): outcome is EndReason => (ENDING_OUTCOMES as readonly string[]).includes(outcome);

/** The rule a cycle starting in `year` follows. */
export function ruleFor(rules: readonly EvaluationRule[], year: number): EvaluationRule {
  if (rules.length === 0) throw new Error('No evaluation rule is recorded.');
  const sorted = [...rules].sort((a, b) => a.effectiveFromYear - b.effectiveFromYear);
  return sorted.filter((rule) => rule.effectiveFromYear <= year).at(-1) ?? sorted[0]!;
}

/** The year re-designation evaluations began: the first rule's. */
export const systemStartYear = (rules: readonly EvaluationRule[]) => Math.min(...rules.map((rule) => rule.effectiveFromYear));

/**
 * The group a local government is evaluated with, from its kind and its region (as it was when
 * the groups were formed): a group naming its region first, else one taking any region.
 */
export function evaluationGroupFor<G extends EvaluationGroup>(unit: { kind: string; regionSlug: string }, groups: readonly G[]): G | null {
  const byKind = groups.filter((group) => group.kinds.includes(unit.kind));
  const named = byKind.find((group) => group.regionSlugs.includes(unit.regionSlug));
  if (named) return named;
  // "Any other region" means a region no group names (the provinces, not the metropolitan cities).
  if (groups.some((group) => group.regionSlugs.includes(unit.regionSlug))) return null;
  return byKind.find((group) => group.regionSlugs.length === 0) ?? null;
}

/** The group's first round in or after `year`: its first round, then every interval of the rule in force. */
export function groupRoundFrom(group: EvaluationGroup, year: number, rules: readonly EvaluationRule[]): number {
  let round = group.firstRoundYear;
  while (round < year) round += ruleFor(rules, round).intervalYears;
  return round;
}

/** Why a first evaluation year is what it is, or why there is none. */
export const FIRST_EVALUATION_BASES = ['cohort', 'group', 'afterDesignation', 'designationYearUnknown', 'beforeSystem'] as const;
export type FirstEvaluationBasis = (typeof FIRST_EVALUATION_BASES)[number];

/** The first evaluation year and what it rests on. */
export function firstEvaluation(
  designation: Pick<DesignationFacts, 'year' | 'isYearKnown' | 'cohortYear' | 'group'>,
  rules: readonly EvaluationRule[],
): { year: number | null; basis: FirstEvaluationBasis } {
  if (designation.cohortYear !== null) return { year: designation.cohortYear, basis: 'cohort' };
  if (!designation.isYearKnown) return { year: null, basis: 'designationYearUnknown' };
  const earliest = designation.year + ruleFor(rules, designation.year).firstAfterYears;
  if (designation.group) return { year: groupRoundFrom(designation.group, earliest, rules), basis: 'group' };
  return earliest >= systemStartYear(rules) ? { year: earliest, basis: 'afterDesignation' } : { year: null, basis: 'beforeSystem' };
}

/** The first evaluation year; null when no source places it. */
export const firstEvaluationYear = (
  designation: Pick<DesignationFacts, 'year' | 'isYearKnown' | 'cohortYear' | 'group'>,
  rules: readonly EvaluationRule[],
) => firstEvaluation(designation, rules).year;

/** Whether an outstanding re-designation excuses the city from its next evaluation, under the rule of its year. */
export const isExcusedFromNext = (
  evaluation: Pick<RecordedEvaluation, 'dueYear' | 'outcome' | 'isOutstanding'>,
  rules: readonly EvaluationRule[],
) => evaluation.outcome === 'redesignated' && evaluation.isOutstanding && ruleFor(rules, evaluation.dueYear).exemptTopPercent !== null;

/** What a next due year rests on, or why there is none. */
export const NEXT_DUE_BASES = [...FIRST_EVALUATION_BASES, 'cycle', 'excused', 'followUp', 'followUpRecorded', 'ended'] as const;
export type NextDueBasis = (typeof NEXT_DUE_BASES)[number];

/** The evaluation due after a (non-ending) outcome, and why. */
export function dueAfter(evaluation: RecordedEvaluation, rules: readonly EvaluationRule[]): { year: number; basis: NextDueBasis } {
  const rule = ruleFor(rules, evaluation.dueYear);
  if (evaluation.outcome === 'redesignated') {
    return isExcusedFromNext(evaluation, rules)
      ? { year: evaluation.dueYear + 2 * rule.intervalYears, basis: 'excused' }
      : { year: evaluation.dueYear + rule.intervalYears, basis: 'cycle' };
  }
  return evaluation.followUpYear !== null
    ? { year: evaluation.followUpYear, basis: 'followUpRecorded' }
    : { year: evaluation.dueYear + rule.followUpYears, basis: 'followUp' };
}

/**
 * What an evaluation with this score decides, under the rule of its year (asiae 2020-06-13):
 * re-designated at or above the pass score; below it withheld, or cancelled when the previous
 * outcome was already withheld. Null when the rule states no pass score.
 */
export function outcomeForScore(
  score: number,
  previousOutcome: EvaluationOutcome | null,
  rule: Pick<EvaluationRule, 'passScore'>,
): 'redesignated' | 'withheld' | 'cancelled' | null {
  if (rule.passScore === null) return null;
  if (score >= rule.passScore) return 'redesignated';
  return previousOutcome === 'withheld' ? 'cancelled' : 'withheld';
}

const byDueYear = (a: RecordedEvaluation, b: RecordedEvaluation) => a.dueYear - b.dueYear;

/** The next evaluation due after the given evaluations and why; year null when unknown or ended. */
export function nextDue(designation: DesignationFacts, rules: readonly EvaluationRule[]): { year: number | null; basis: NextDueBasis } {
  let next: { year: number | null; basis: NextDueBasis } = firstEvaluation(designation, rules);
  for (const evaluation of [...designation.evaluations].sort(byDueYear)) {
    if (isEnding(evaluation.outcome)) return { year: null, basis: 'ended' };
    next = dueAfter(evaluation, rules);
  }
  return designation.endReason ? { year: null, basis: 'ended' } : next;
}

/** The year the next evaluation falls due after the given evaluations; null when unknown or ended. */
export const nextDueYear = (designation: DesignationFacts, rules: readonly EvaluationRule[]) => nextDue(designation, rules).year;

/** The day from which an evaluation's outcome holds: its decision day, or its year's last day. */
export const effectiveOn = (evaluation: Pick<RecordedEvaluation, 'heldOn' | 'dueYear'>) =>
  evaluation.heldOn ?? `${evaluation.dueYear}-12-31`;

/** The day a designation took effect: its announcement's day, or its year's first day. */
export const designationStartsOn = (designation: Pick<DesignationFacts, 'year' | 'designatedOn'>) =>
  designation.designatedOn ?? `${designation.year}-01-01`;

export type Standing =
  | { state: 'notDesignated' }
  | { state: 'ended'; reason: EndReason; on: string | null; byYear: number | null; isFromEvaluation: boolean }
  | {
      state: 'active';
      /** What the latest evaluation decided; 'designated' before the first one. */
      phase: 'designated' | 'redesignated' | 'conditional' | 'withheld';
      lastEvaluationYear: number | null;
      /** The latest re-designation's validity as reported, when a report states it. */
      validUntilYear: number | null;
      /** The first due year without a recorded outcome (may have passed: see isOutcomeMissing). */
      nextDueYear: number | null;
      /** What the next due year rests on, or why there is none. */
      nextDueBasis: NextDueBasis;
      /** The due year has passed with no outcome recorded. */
      isOutcomeMissing: boolean;
    };

/** A designation's standing on a day (YYYY-MM-DD), from its events up to that day. */
export function standingOn(designation: DesignationFacts, rules: readonly EvaluationRule[], day: string): Standing {
  if (designationStartsOn(designation) > day) return { state: 'notDesignated' };
  const year = Number(day.slice(0, 4));
  const { endReason, endedOn, endedByYear } = designation;
  if (endReason && (endedOn !== null ? endedOn <= day : endedByYear !== null && endedByYear <= year)) {
    return { state: 'ended', reason: endReason, on: endedOn, byYear: endedOn ? null : endedByYear, isFromEvaluation: false };
  }
  const held = designation.evaluations.filter((evaluation) => effectiveOn(evaluation) <= day).sort(byDueYear);
  const ending = held.find((evaluation) => isEnding(evaluation.outcome));
  if (ending) return { state: 'ended', reason: ending.outcome as EndReason, on: ending.heldOn, byYear: null, isFromEvaluation: true };

  const last = held.at(-1);
  const next = nextDue({ ...designation, endReason: null, evaluations: held }, rules);
  return {
    state: 'active',
    phase: last ? (last.outcome as 'redesignated' | 'conditional' | 'withheld') : 'designated',
    lastEvaluationYear: last?.dueYear ?? null,
    validUntilYear: last?.outcome === 'redesignated' ? last.validUntilYear : null,
    nextDueYear: next.year,
    nextDueBasis: next.basis,
    isOutcomeMissing: next.year !== null && next.year < year,
  };
}

export const isActiveOn = (designation: DesignationFacts, rules: readonly EvaluationRule[], day: string) =>
  standingOn(designation, rules, day).state === 'active';
