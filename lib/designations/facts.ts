// The facts a designation's standing is derived from, as one select and one conversion, so every
// reader (city page, lists, staff screens, the as-of registry) feeds schedule.ts the same way.
import type { Prisma } from '@/lib/generated/prisma/client';
import { isoDate } from '@/lib/core/dates';
import type { DesignationFacts, EvaluationGroup } from './schedule';

export const EVALUATION_FACTS_SELECT = {
  dueYear: true,
  heldOn: true,
  outcome: true,
  validUntilYear: true,
  followUpYear: true,
  isOutstanding: true,
} as const satisfies Prisma.EvaluationSelect;

/** The evaluation group, as schedule.ts needs it. */
export const EVALUATION_GROUP_SELECT = {
  code: true,
  firstRoundYear: true,
  kinds: true,
  regionSlugs: true,
} as const satisfies Prisma.EvaluationGroupSelect;

export const DESIGNATION_FACTS_SELECT = {
  firstYear: true,
  designatedByYear: true,
  designatedOn: true,
  evaluationCohortYear: true,
  evaluationGroup: { select: EVALUATION_GROUP_SELECT },
  endReason: true,
  endedOn: true,
  endedByYear: true,
  evaluations: { select: EVALUATION_FACTS_SELECT, orderBy: { dueYear: 'asc' } },
} as const satisfies Prisma.DesignationSelect;

type FactsRow = Prisma.DesignationGetPayload<{ select: typeof DESIGNATION_FACTS_SELECT }>;

const day = (value: Date | null) => (value ? isoDate(value) : null);

export function toDesignationFacts(row: FactsRow): DesignationFacts {
  return {
    year: row.firstYear ?? row.designatedByYear,
    isYearKnown: row.firstYear !== null,
    designatedOn: day(row.designatedOn),
    cohortYear: row.evaluationCohortYear,
    group: row.evaluationGroup,
    endReason: row.endReason,
    endedOn: day(row.endedOn),
    endedByYear: row.endedByYear,
    evaluations: row.evaluations.map((evaluation) => ({ ...evaluation, heldOn: day(evaluation.heldOn) })),
  };
}

const { evaluationGroup: _group, ...FACTS_WITHOUT_GROUP } = DESIGNATION_FACTS_SELECT;

/** The same facts with the group as an id, for lists that resolve it from getEvaluationSchedule's groups. */
export const DESIGNATION_FACTS_BY_GROUP_ID_SELECT = {
  ...FACTS_WITHOUT_GROUP,
  evaluationGroupId: true,
} as const satisfies Prisma.DesignationSelect;

type FactsByGroupIdRow = Prisma.DesignationGetPayload<{ select: typeof DESIGNATION_FACTS_BY_GROUP_ID_SELECT }>;

export function toDesignationFactsWithGroups(
  { evaluationGroupId, ...row }: FactsByGroupIdRow,
  groups: readonly (EvaluationGroup & { id: number })[],
): DesignationFacts {
  const group = evaluationGroupId === null ? undefined : groups.find((candidate) => candidate.id === evaluationGroupId);
  return {
    ...toDesignationFacts({ ...row, evaluationGroup: null }),
    group: group ? { code: group.code, firstRoundYear: group.firstRoundYear, kinds: group.kinds, regionSlugs: group.regionSlugs } : null,
  };
}
