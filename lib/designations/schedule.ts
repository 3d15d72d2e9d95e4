// The re-designation schedule (issue 4), computed from dated rules and recorded events only.
//
// Since 2020 the Ministry of Education evaluates each lifelong learning city four years after
// its first designation, then every three years (ministry release of 2023-03-06: "Four years
// after the first designation … renewed every three years (2020~)"). A re-designation judged
// below the bar is withheld (재지정 유예) and reviewed again; failing again leads to cancellation
// (asiae 2020-06-13). Rules live in the EvaluationRule table: a change is a new row, not code.
//
// Choices this module makes, pinned by schedule.test.ts:
// - A cycle takes the rule in force in the year it starts (the designation's year, or the year
//   of the evaluation that opened it); a rule taking effect mid-cycle applies from the next one.
//   Years before the first rule take the first rule.
// - A first evaluation that would fall before the system began (designated before 2016) is the
//   city's cohort year, which staff set; unknown until they do.
// - A recorded "valid until" year is the next due year; without one, the rule's interval counts.
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
};

export type RecordedEvaluation = {
  dueYear: number;
  /** The day it was decided, when known (always known for an ending). */
  heldOn: string | null;
  outcome: EvaluationOutcome;
  validUntilYear: number | null;
  followUpYear: number | null;
};

export type DesignationFacts = {
  /** The year of designation (the known first year, or the latest it can have been). */
  year: number;
  /** The day it took effect, when an announcement gives it. */
  designatedOn: string | null;
  /** The first evaluation year staff set for a city designated before the system began. */
  cohortYear: number | null;
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

/** The first evaluation year: the cohort when staff set one, else designation year + the rule's delay when that falls within the system. */
export function firstEvaluationYear(
  designation: Pick<DesignationFacts, 'year' | 'cohortYear'>,
  rules: readonly EvaluationRule[],
): number | null {
  if (designation.cohortYear !== null) return designation.cohortYear;
  const computed = designation.year + ruleFor(rules, designation.year).firstAfterYears;
  return computed >= systemStartYear(rules) ? computed : null;
}

const byDueYear = (a: RecordedEvaluation, b: RecordedEvaluation) => a.dueYear - b.dueYear;

/** The year the next evaluation falls due after the given evaluations; null when unknown or ended. */
export function nextDueYear(designation: DesignationFacts, rules: readonly EvaluationRule[]): number | null {
  let due = firstEvaluationYear(designation, rules);
  for (const evaluation of [...designation.evaluations].sort(byDueYear)) {
    if (isEnding(evaluation.outcome)) return null;
    const rule = ruleFor(rules, evaluation.dueYear);
    due =
      evaluation.outcome === 'redesignated'
        ? (evaluation.validUntilYear ?? evaluation.dueYear + rule.intervalYears)
        : (evaluation.followUpYear ?? evaluation.dueYear + rule.followUpYears);
  }
  return designation.endReason ? null : due;
}

/** The day from which an evaluation's outcome holds: its decision day, or its year's last day. */
export const effectiveOn = (evaluation: RecordedEvaluation) => evaluation.heldOn ?? `${evaluation.dueYear}-12-31`;

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
      validUntilYear: number | null;
      nextDueYear: number | null;
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
  const next = nextDueYear({ ...designation, endReason: null, evaluations: held }, rules);
  return {
    state: 'active',
    phase: last ? (last.outcome as 'redesignated' | 'conditional' | 'withheld') : 'designated',
    lastEvaluationYear: last?.dueYear ?? null,
    validUntilYear: last?.outcome === 'redesignated' ? next : null,
    nextDueYear: next,
    isOutcomeMissing: next !== null && next < year,
  };
}

export const isActiveOn = (designation: DesignationFacts, rules: readonly EvaluationRule[], day: string) =>
  standingOn(designation, rules, day).state === 'active';
