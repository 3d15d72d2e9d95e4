// One designation's life as the public city page shows it (issue 4): designated, each evaluation
// and its outcome, a round whose outcome the registry lacks, the ending, and the next evaluation.
import {
  type DesignationFacts,
  type EvaluationRule,
  type Standing,
  designationStartsOn,
  firstEvaluationYear,
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
    }
  /** A round the city was due in, whose outcome for it no source gives; what the round's source says. */
  | { kind: 'outcomeNotRecorded'; year: number; round: Round | null }
  | { kind: 'ended'; date: string | null; byYear: number | null; reason: EndReason }
  | { kind: 'nextDue'; year: number }
  /** Designated before re-designation began, with no cohort recorded: the schedule is unknown. */
  | { kind: 'scheduleUnknown' };

export function designationTimeline(options: {
  facts: DesignationFacts;
  isYearKnown: boolean;
  standing: Standing;
  rules: readonly EvaluationRule[];
  rounds: readonly Round[];
  today: string;
}): DesignationEvent[] {
  const { facts, standing, rules, rounds, today } = options;
  const round = (year: number) => rounds.find((r) => r.year === year) ?? null;
  const events: DesignationEvent[] = [{ kind: 'designated', year: facts.year, date: facts.designatedOn, isYearKnown: options.isYearKnown }];
  if (designationStartsOn(facts) > today) return events;

  // Walk the schedule: every due year passed with no outcome for it is said so, once.
  let expected = firstEvaluationYear(facts, rules);
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
    });
    if (isEnding(evaluation.outcome)) break;
    const rule = ruleFor(rules, evaluation.dueYear);
    expected =
      evaluation.outcome === 'redesignated'
        ? (evaluation.validUntilYear ?? evaluation.dueYear + rule.intervalYears)
        : (evaluation.followUpYear ?? evaluation.dueYear + rule.followUpYears);
  }

  if (standing.state === 'ended') {
    if (!standing.isFromEvaluation) events.push({ kind: 'ended', date: standing.on, byYear: standing.byYear, reason: standing.reason });
  } else if (standing.state === 'active') {
    if (standing.nextDueYear === null) events.push({ kind: 'scheduleUnknown' });
    else if (standing.nextDueYear < currentYear)
      events.push({ kind: 'outcomeNotRecorded', year: standing.nextDueYear, round: round(standing.nextDueYear) });
    else events.push({ kind: 'nextDue', year: standing.nextDueYear });
  }
  return events;
}
