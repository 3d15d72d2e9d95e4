// A designation's next re-designation evaluation as a reader is told it (issue 12): a year with
// what it rests on, or — when no year can be given — why not; each with the source a reader can
// open. One pure function, so the city page, the downloads and the tests say the same thing.
import type { FactSource, SourceLink } from '@/lib/announcements/source';
import {
  type DesignationFacts,
  type EvaluationRule,
  groupRoundFrom,
  type NextDueBasis,
  ruleFor,
  type Standing,
} from '@/lib/designations/schedule';

type Active = Extract<Standing, { state: 'active' }>;
type Group = { code: string; nameKo: string; nameEn: string; source: SourceLink | null };
type RuleSources = {
  effectiveFromYear: number;
  sources: { cycle: SourceLink | null; passScore: SourceLink | null; exemption: SourceLink | null };
};

export type NextEvaluationView =
  /** A coming (or this year's) evaluation and what it rests on. */
  | {
      kind: 'due';
      year: number;
      basis: NextDueBasis;
      lastEvaluationYear: number | null;
      intervalYears: number;
      firstAfterYears: number;
      /** The group's next rounds from the due year, when it has a group. */
      groupRounds: number[];
      group: Group | null;
      /** The validity the last re-designation's report states, as stated. */
      validUntilReported: number | null;
      source: SourceLink | null;
    }
  /** A due year that has passed with no outcome recorded: never shown as coming. */
  | { kind: 'missing'; year: number; group: Group | null; groupNextYear: number | null; source: SourceLink | null }
  /** No year can be given, and why. */
  | {
      kind: 'unknown';
      reason: 'designationYearUnknown' | 'beforeSystem';
      group: Group | null;
      groupNextYear: number | null;
      source: SourceLink | null;
    };

export function nextEvaluationView(options: {
  standing: Active;
  facts: DesignationFacts;
  groupCode: string | null;
  designationSource: FactSource | null;
  evaluations: { dueYear: number; validUntilYear: number | null; source: FactSource | null }[];
  rules: readonly EvaluationRule[];
  ruleSources: readonly RuleSources[];
  groups: readonly Group[];
  rounds: readonly { year: number; groupCode: string | null; source: SourceLink | null }[];
  today: string;
}): NextEvaluationView {
  const { standing, facts, rules, today } = options;
  const currentYear = Number(today.slice(0, 4));
  const group = options.groups.find((candidate) => candidate.code === options.groupCode) ?? null;
  const groupNextYear = facts.group ? groupRoundFrom(facts.group, currentYear, rules) : null;
  const ruleYear = standing.lastEvaluationYear ?? currentYear;
  const ruleSource = options.ruleSources.filter((rule) => rule.effectiveFromYear <= ruleYear).at(-1) ?? options.ruleSources[0];
  const last = options.evaluations.find((evaluation) => evaluation.dueYear === standing.lastEvaluationYear) ?? null;

  if (standing.nextDueYear === null) {
    return {
      kind: 'unknown',
      reason: standing.nextDueBasis === 'beforeSystem' ? 'beforeSystem' : 'designationYearUnknown',
      group,
      groupNextYear,
      source: options.designationSource?.announcement ?? group?.source ?? null,
    };
  }
  if (standing.isOutcomeMissing) {
    // The round of its own group that year says the round was held; a city in no group (Sejong)
    // rests on the rule that placed it.
    const round = options.rounds.find((candidate) => candidate.year === standing.nextDueYear && candidate.groupCode === options.groupCode);
    return {
      kind: 'missing',
      year: standing.nextDueYear,
      group,
      groupNextYear,
      source: round?.source ?? group?.source ?? ruleSource?.sources.cycle ?? null,
    };
  }
  const rule = ruleFor(rules, ruleYear);
  const source = (() => {
    switch (standing.nextDueBasis) {
      case 'group':
        return group?.source ?? null;
      case 'afterDesignation':
      case 'cohort':
        return ruleSource?.sources.cycle ?? null;
      case 'cycle':
        return last?.source?.announcement ?? ruleSource?.sources.cycle ?? null;
      case 'excused':
        return last?.source?.announcement ?? ruleSource?.sources.exemption ?? null;
      default:
        return ruleSource?.sources.passScore ?? null;
    }
  })();
  return {
    kind: 'due',
    year: standing.nextDueYear,
    basis: standing.nextDueBasis,
    lastEvaluationYear: standing.lastEvaluationYear,
    intervalYears: rule.intervalYears,
    firstAfterYears: ruleFor(rules, facts.year).firstAfterYears,
    groupRounds: facts.group
      ? [0, 1, 2].map((step) => groupRoundFrom(facts.group!, standing.nextDueYear! + step * rule.intervalYears, rules))
      : [],
    group,
    validUntilReported: last?.validUntilYear ?? null,
    source,
  };
}
