import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { SlugArgument } from '@/lib/core/cached-arguments';
import { db } from '@/lib/db';
import { type FactSource, factSource, type SourceLink } from '@/lib/announcements/source';
import { DESIGNATION_FACTS_SELECT, toDesignationFacts } from '@/lib/designations/facts';
import { getScheduleReference, type GroupSummary, type RoundSummary, type RuleSummary } from '@/lib/designations/queries';
import { type DesignationFacts, type EvaluationRule, type Standing, standingOn } from '@/lib/designations/schedule';
import { type DesignationStatus, statusOf } from '@/lib/designations/status';
import type { AllocationStatus, EvaluationOutcome, LocalGovernmentKind, SuccessionKind } from '@/lib/generated/prisma/enums';
import { isoDate, todayInKorea } from '@/lib/core/dates';

type Ref = { slug: string; nameKo: string; nameEn: string };
type RegionRef = Ref & { shortKo: string; shortEn: string };

/** A designation in a city's lineage: made to a predecessor, or carried over to a successor. */
export type LineageDesignation = { firstYear: number | null; designatedByYear: number; heldBy: Ref };

export type CityPage = Ref & {
  /** Null for a unit abolished before the code lists the registry rests on, when no source gives it. */
  code: string | null;
  kind: LocalGovernmentKind;
  region: RegionRef;
  currentSince: string | null;
  establishedOn: string | null;
  abolishedOn: string | null;
  isCurrent: boolean;
  /** Earlier names, codes and regions, oldest first. */
  periods: {
    validFrom: string | null;
    validUntil: string;
    code: string | null;
    kind: LocalGovernmentKind;
    nameKo: string;
    nameEn: string;
    region: RegionRef;
  }[];
  /** The units it was formed from, each with the designations made to it (issue 12). */
  predecessors: (Ref & { kind: SuccessionKind; effectiveOn: string; designations: LineageDesignation[] })[];
  successors: (Ref & { kind: SuccessionKind; effectiveOn: string })[];
  designations: {
    /** The predecessor designated, when this city holds the designation since their merger. */
    designatedAs: Ref | null;
    /** The successor holding it since their merger, when it was made to this (abolished) unit. */
    heldBy: Ref | null;
    /** Whether the ministry's totals count it (lib/registry/counting.ts). */
    isCountedByMinistry: boolean;
    firstYear: number | null;
    designatedByYear: number;
    /** Its standing today, derived from its events (lib/designations/schedule.ts). */
    status: DesignationStatus;
    standing: Standing;
    facts: DesignationFacts;
    /** Its announcement as a link, or what it is inferred from in both languages. */
    source: FactSource | null;
    /** The group it is evaluated with (by kind), if any. */
    groupCode: string | null;
    note: string | null;
    evaluations: {
      dueYear: number;
      heldOn: string | null;
      outcome: EvaluationOutcome;
      validUntilYear: number | null;
      followUpYear: number | null;
      score: number | null;
      isOutstanding: boolean;
      source: FactSource | null;
      note: string | null;
    }[];
  }[];
  /** The rules the schedule follows, the groups, and what sources say of whole rounds, each with its source. */
  rules: EvaluationRule[];
  ruleSources: RuleSummary[];
  groups: GroupSummary[];
  rounds: RoundSummary[];
  today: string;
  offices: (Ref & { validFrom: string | null; validUntil: string | null; parent: Ref | null })[];
  membership: { joinedOn: string | null; leftOn: string | null; source: string } | null;
  allocations: {
    year: number;
    programme: { code: string; nameKo: string; nameEn: string };
    amount: bigint;
    isAmountApproximate: boolean;
    status: AllocationStatus;
    amountMin: bigint | null;
    announcement: SourceLink | null;
  }[];
};

const REF = { slug: true, nameKo: true, nameEn: true } as const;
const { evaluationGroup: _group, ...FACTS_WITHOUT_GROUP } = DESIGNATION_FACTS_SELECT;
const REGION_REF = { ...REF, shortKo: true, shortEn: true } as const;

const DESIGNATION_SELECT = {
  ...FACTS_WITHOUT_GROUP,
  isCountedByMinistry: true,
  // Group and sources are resolved from the schedule reference by id: no statement per relation.
  evaluationGroupId: true,
  announcementId: true,
  source: true,
  inferenceKo: true,
  inferenceEn: true,
  note: true,
  evaluations: {
    orderBy: { dueYear: 'asc' },
    select: {
      dueYear: true,
      heldOn: true,
      outcome: true,
      validUntilYear: true,
      followUpYear: true,
      score: true,
      isOutstanding: true,
      source: true,
      note: true,
      announcementId: true,
    },
  },
} as const;

const date = (value: Date | null) => (value ? isoDate(value) : null);

export async function getCityPage(slug: string): Promise<CityPage | null> {
  'use cache';
  // Called directly with what no route would name (issue 13): no page, before anything is read.
  if (!SlugArgument.safeParse(slug).success) return null;
  cacheTag(CACHE_TAGS.city(slug));
  cacheLife('hours');
  const lg = await db.localGovernment.findUnique({
    where: { slug },
    select: {
      ...REF,
      code: true,
      kind: true,
      currentSince: true,
      establishedOn: true,
      abolishedOn: true,
      region: { select: REGION_REF },
      periods: {
        orderBy: { validUntil: 'asc' },
        select: { validFrom: true, validUntil: true, code: true, kind: true, nameKo: true, nameEn: true, region: { select: REGION_REF } },
      },
      predecessors: {
        select: {
          kind: true,
          effectiveOn: true,
          predecessor: {
            select: {
              ...REF,
              designations: { select: { firstYear: true, designatedByYear: true } },
            },
          },
        },
      },
      successors: { select: { kind: true, effectiveOn: true, successor: { select: REF } } },
      // Its own (some made to a predecessor), and those made to it that a successor holds now.
      designations: { orderBy: { designatedByYear: 'asc' }, select: { ...DESIGNATION_SELECT, designatedAs: { select: REF } } },
      designationsCarriedOver: {
        orderBy: { designatedByYear: 'asc' },
        select: { ...DESIGNATION_SELECT, localGovernment: { select: REF } },
      },
      jurisdictions: {
        orderBy: [{ validUntil: { sort: 'desc', nulls: 'first' } }],
        select: { validFrom: true, validUntil: true, office: { select: { ...REF, parent: { select: REF } } } },
      },
      memberships: {
        where: { kind: 'mayor' },
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: { joinedOn: true, leftOn: true, source: true },
      },
      allocations: {
        where: { status: { not: 'draft' } },
        orderBy: [{ programme: { year: 'desc' } }, { programme: { code: 'asc' } }],
        select: {
          amount: true,
          amountMin: true,
          isAmountApproximate: true,
          status: true,
          announcementId: true,
          programme: { select: { code: true, year: true, nameKo: true, nameEn: true } },
        },
      },
    },
  });
  if (!lg) return null;
  // It shows the names of its predecessors and successors: a rename of one expires it too.
  cacheTag(
    ...lg.predecessors.map((s) => CACHE_TAGS.city(s.predecessor.slug)),
    ...lg.successors.map((s) => CACHE_TAGS.city(s.successor.slug)),
    ...lg.designationsCarriedOver.map((d) => CACHE_TAGS.city(d.localGovernment.slug)),
  );
  const today = todayInKorea();
  const reference = await getScheduleReference();
  const { rules, rounds } = reference;
  const sourceById = new Map(reference.sources.map(({ id, ...source }) => [id, source as SourceLink]));
  const sourceOf = (id: number | null) => (id === null ? null : (sourceById.get(id) ?? null));
  const groupById = new Map(reference.groups.map((group) => [group.id, group]));
  // An abolished local government's designations are read as of its last day.
  const day = isoDate(lg.abolishedOn && lg.abolishedOn <= today ? new Date(lg.abolishedOn.getTime() - 86_400_000) : today);
  const membership = lg.memberships[0];
  return {
    slug: lg.slug,
    nameKo: lg.nameKo,
    nameEn: lg.nameEn,
    code: lg.code,
    kind: lg.kind,
    region: lg.region,
    currentSince: date(lg.currentSince),
    establishedOn: date(lg.establishedOn),
    abolishedOn: date(lg.abolishedOn),
    isCurrent: (lg.establishedOn === null || lg.establishedOn <= today) && (lg.abolishedOn === null || lg.abolishedOn > today),
    periods: lg.periods.map((period) => ({ ...period, validFrom: date(period.validFrom), validUntil: isoDate(period.validUntil) })),
    // Each predecessor's designations: those it still holds, and those this city holds since their merger.
    predecessors: lg.predecessors.map(({ kind, effectiveOn, predecessor: { designations, ...ref } }) => ({
      ...ref,
      kind,
      effectiveOn: isoDate(effectiveOn),
      designations: [
        ...designations.map((d) => ({ firstYear: d.firstYear, designatedByYear: d.designatedByYear, heldBy: ref })),
        ...lg.designations
          .filter((d) => d.designatedAs?.slug === ref.slug)
          .map((d) => ({
            firstYear: d.firstYear,
            designatedByYear: d.designatedByYear,
            heldBy: { slug: lg.slug, nameKo: lg.nameKo, nameEn: lg.nameEn },
          })),
      ].sort((a, b) => a.designatedByYear - b.designatedByYear),
    })),
    successors: lg.successors.map((s) => ({ ...s.successor, kind: s.kind, effectiveOn: isoDate(s.effectiveOn) })),
    // Its own designations, and those made to it that a successor holds since their merger.
    designations: [
      ...lg.designations.map((d) => ({ ...d, heldBy: null })),
      ...lg.designationsCarriedOver.map(({ localGovernment, ...d }) => ({ ...d, designatedAs: null, heldBy: localGovernment })),
    ]
      .sort((a, b) => a.designatedByYear - b.designatedByYear)
      .map(({ evaluationGroupId, ...d }) => {
        const group = evaluationGroupId === null ? null : (groupById.get(evaluationGroupId) ?? null);
        const facts = toDesignationFacts({
          ...d,
          evaluationGroup: group && {
            code: group.code,
            firstRoundYear: group.firstRoundYear,
            kinds: group.kinds as LocalGovernmentKind[],
            regionSlugs: group.regionSlugs,
          },
        });
        const standing = standingOn(facts, rules, day);
        return {
          designatedAs: d.designatedAs,
          heldBy: d.heldBy,
          isCountedByMinistry: d.isCountedByMinistry,
          firstYear: d.firstYear,
          designatedByYear: d.designatedByYear,
          status: statusOf(standing),
          standing,
          facts,
          source: factSource({
            announcement: sourceOf(d.announcementId),
            citation: d.source,
            inferenceKo: d.inferenceKo,
            inferenceEn: d.inferenceEn,
          }),
          groupCode: group?.code ?? null,
          note: d.note,
          evaluations: d.evaluations.map(({ announcementId, source, score, ...e }) => ({
            ...e,
            heldOn: date(e.heldOn),
            score: score === null ? null : Number(score),
            source: factSource({ announcement: sourceOf(announcementId), citation: source }),
          })),
        };
      }),
    rules,
    ruleSources: reference.rules,
    groups: reference.groups,
    rounds,
    today: day,
    offices: lg.jurisdictions.map((j) => ({ ...j.office, validFrom: date(j.validFrom), validUntil: date(j.validUntil) })),
    membership: membership ? { joinedOn: date(membership.joinedOn), leftOn: date(membership.leftOn), source: membership.source } : null,
    allocations: lg.allocations.map(({ programme, announcementId, ...allocation }) => ({
      ...allocation,
      year: programme.year,
      programme: { code: programme.code, nameKo: programme.nameKo, nameEn: programme.nameEn },
      announcement: sourceOf(announcementId),
    })),
  };
}
