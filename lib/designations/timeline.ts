// One designation's life as the public city page shows it (issues 4 and 12): designated, each
// evaluation and its outcome, a round the city was excused from, a round whose outcome the
// registry lacks, the ending, and the next evaluation with what it rests on.
import {
  type DesignationFacts,
  type EvaluationRule,
  type NextDueBasis,
  type Standing,
  designationStartsOn,
  dueAfter,
  firstEvaluation,
  isEnding,
  ruleFor,
} from './schedule';
import type { EvaluationOutcome, EndReason } from './schedule';

export type Round = { year: number; evaluatedCount: number | null; redesignatedCount: number | null };

export type DesignationEvent =
  | { kind: 'designated'; year: number; date: string | null; isYearKnown: boolean }
  | {
      kind: 'evaluated';
      year: number;
      date: string | null;
      outcome: EvaluationOutcome;
      validUntilYear: number | null;
      followUpYear: number | null;
      isOutstanding: boolean;
    }
  /** A round the city was excused from, having been judged outstanding in `since`. */
  | { kind: 'excused'; year: number; since: number }
  /** A round the city was due in, whose outcome for it no source gives; what the round's source says. */
  | { kind: 'outcomeNotRecorded'; year: number; round: Round | null }
  | { kind: 'ended'; date: string | null; byYear: number | null; reason: EndReason }
  | { kind: 'nextDue'; year: number; basis: NextDueBasis }
  /** No next evaluation year can be given, and why. */
  | { kind: 'scheduleUnknown'; basis: NextDueBasis };

export function designationTimeline(options: {
  facts: DesignationFacts;
  standing: Standing;
  rules: readonly EvaluationRule[];
  rounds: readonly Round[];
  today: string;
}): DesignationEvent[] {
  const { facts, standing, rules, rounds, today } = options;
  const round = (year: number) => rounds.find((r) => r.year === year) ?? null;
  const events: DesignationEvent[] = [{ kind: 'designated', year: facts.year, date: facts.designatedOn, isYearKnown: facts.isYearKnown }];
  if (designationStartsOn(facts) > today) return events;

  // Walk the schedule: every due year passed with no outcome for it is said so, once.
  let expected = firstEvaluation(facts, rules).year;
  const currentYear = Number(today.slice(0, 4));
  for (const evaluation of [...facts.evaluations].sort((a, b) => a.dueYear - b.dueYear)) {
    if ((evaluation.heldOn ?? `${evaluation.dueYear}-12-31`) > today && evaluation.heldOn !== null) break;
    if (expected !== null && expected < evaluation.dueYear)
      events.push({ kind: 'outcomeNotRecorded', year: expected, round: round(expected) });
    events.push({
      kind: 'evaluated',
      year: evaluation.dueYear,
      date: evaluation.heldOn,
      outcome: evaluation.outcome,
      validUntilYear: evaluation.validUntilYear,
      followUpYear: evaluation.followUpYear,
      isOutstanding: evaluation.isOutstanding,
    });
    if (isEnding(evaluation.outcome)) break;
    const next = dueAfter(evaluation, rules);
    if (next.basis === 'excused') {
      const skipped = evaluation.dueYear + ruleFor(rules, evaluation.dueYear).intervalYears;
      if (skipped <= currentYear) events.push({ kind: 'excused', year: skipped, since: evaluation.dueYear });
    }
    expected = next.year;
  }

  if (standing.state === 'ended') {
    if (!standing.isFromEvaluation) events.push({ kind: 'ended', date: standing.on, byYear: standing.byYear, reason: standing.reason });
  } else if (standing.state === 'active') {
    if (standing.nextDueYear === null) events.push({ kind: 'scheduleUnknown', basis: standing.nextDueBasis });
    else if (standing.nextDueYear < currentYear)
      events.push({ kind: 'outcomeNotRecorded', year: standing.nextDueYear, round: round(standing.nextDueYear) });
    else events.push({ kind: 'nextDue', year: standing.nextDueYear, basis: standing.nextDueBasis });
  }
  return events;
}
