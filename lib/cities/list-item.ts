// A local government as lists show it: region pages, search results, the offices directory,
// with its standing today derived from its latest designation (lib/designations/schedule.ts).
import { DESIGNATION_FACTS_BY_GROUP_ID_SELECT, toDesignationFactsWithGroups } from '@/lib/designations/facts';
import { type EvaluationGroup, type EvaluationRule, standingOn } from '@/lib/designations/schedule';
import { type DesignationStatus, statusOf } from '@/lib/designations/status';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { LocalGovernmentKind } from '@/lib/generated/prisma/enums';
import { isoDate } from '@/lib/core/dates';
import type { NameChange, SearchName } from '@/lib/place-names/search-keys';

/** The name a search found a city by, when it is not the city's own today (마산시 → 창원시, 2010). */
export type FoundBy = Pick<SearchName, 'nameKo' | 'nameEn' | 'kind' | 'regionShortKo' | 'regionShortEn'> & {
  via: 'former' | 'merged' | 'split';
  /** The year it stopped being the name: the rename's, or the merger's or split's. */
  year: number | null;
  changes: NameChange[];
};

export type CityListItem = {
  slug: string;
  /** Null for a unit abolished before the code lists, when no source gives its code. */
  code: string | null;
  kind: LocalGovernmentKind;
  nameKo: string;
  nameEn: string;
  region: { slug: string; shortKo: string; shortEn: string };
  /** Exists today (not abolished). */
  isCurrent: boolean;
  isDesignated: boolean;
  /** Year of its first designation (its own, or a predecessor's it holds since a merger), when known. */
  firstYear: number | null;
  /** Latest year that first designation can have been made. */
  designatedByYear: number | null;
  status: DesignationStatus;
  /** Year the next re-designation evaluation falls due; null when ended or not yet known. */
  nextEvaluationYear: number | null;
  /** That year has passed with no outcome recorded. */
  isOutcomeMissing: boolean;
  /** Set by the search when it found the city by a former name or a predecessor's. */
  foundBy: FoundBy | null;
};

export const CITY_LIST_SELECT = {
  slug: true,
  code: true,
  kind: true,
  nameKo: true,
  nameEn: true,
  establishedOn: true,
  abolishedOn: true,
  region: { select: { slug: true, shortKo: true, shortEn: true } },
  // Every designation it holds, and for an abolished unit those made to it that a successor holds;
  // their groups are resolved by id from getEvaluationSchedule (no statement per relation).
  designations: { orderBy: { designatedByYear: 'desc' }, select: DESIGNATION_FACTS_BY_GROUP_ID_SELECT },
  designationsCarriedOver: { orderBy: { designatedByYear: 'desc' }, select: DESIGNATION_FACTS_BY_GROUP_ID_SELECT },
} satisfies Prisma.LocalGovernmentSelect;

export const FOUND_BY_CHANGES = ['merged', 'split', 'promoted', 'renamed', 'kind', 'moved', 'other'] as const;
export type FoundByChange = (typeof FOUND_BY_CHANGES)[number];

/** How the name found became the city's: merged, split, a county become a city (군 → 시), renamed … */
export function foundByChange(foundBy: FoundBy, currentKind: LocalGovernmentKind): FoundByChange {
  if (foundBy.via !== 'former') return foundBy.via;
  if (foundBy.changes.includes('kind') && foundBy.kind === 'gun' && currentKind === 'si') return 'promoted';
  if (foundBy.changes.includes('name')) return 'renamed';
  if (foundBy.changes.includes('kind')) return 'kind';
  if (foundBy.changes.includes('region')) return 'moved';
  return 'other';
}

type CityListRow = Prisma.LocalGovernmentGetPayload<{ select: typeof CITY_LIST_SELECT }>;

/** What a standing is derived with: the rules and the groups (getEvaluationSchedule). */
export type ListSchedule = { rules: readonly EvaluationRule[]; groups: readonly (EvaluationGroup & { id: number })[] };

export function toCityListItem(row: CityListRow, today: Date, { rules, groups }: ListSchedule): CityListItem {
  const isCurrent = (row.establishedOn === null || row.establishedOn <= today) && (row.abolishedOn === null || row.abolishedOn > today);
  // An abolished local government is read as of its last day.
  const day = isCurrent || !row.abolishedOn ? isoDate(today) : isoDate(new Date(row.abolishedOn.getTime() - 86_400_000));
  const begun = [...row.designations, ...row.designationsCarriedOver]
    .filter((designation) => standingOn(toDesignationFactsWithGroups(designation, groups), rules, day).state !== 'notDesignated')
    .sort((a, b) => a.designatedByYear - b.designatedByYear);
  // Its standing is its latest designation's; its first year its first designation's (김천시:
  // 2015, designated again in 2026).
  const latest = begun.at(-1);
  const first = begun[0];
  const standing = latest ? standingOn(toDesignationFactsWithGroups(latest, groups), rules, day) : null;
  const status = statusOf(standing);
  const inForce = standing?.state === 'active';
  return {
    slug: row.slug,
    code: row.code,
    kind: row.kind,
    nameKo: row.nameKo,
    nameEn: row.nameEn,
    region: row.region,
    isCurrent,
    isDesignated: inForce && isCurrent,
    firstYear: first?.firstYear ?? null,
    designatedByYear: first?.designatedByYear ?? null,
    status,
    nextEvaluationYear: inForce && isCurrent ? standing.nextDueYear : null,
    isOutcomeMissing: inForce && isCurrent ? standing.isOutcomeMissing : false,
    foundBy: null,
  };
}
