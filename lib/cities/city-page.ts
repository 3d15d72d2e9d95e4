import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
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

export type CityPage = Ref & {
  code: string;
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
    code: string;
    kind: LocalGovernmentKind;
    nameKo: string;
    nameEn: string;
    region: RegionRef;
  }[];
  predecessors: (Ref & { kind: SuccessionKind; effectiveOn: string })[];
  successors: (Ref & { kind: SuccessionKind; effectiveOn: string })[];
  designations: {
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

const date = (value: Date | null) => (value ? isoDate(value) : null);

export async function getCityPage(slug: string): Promise<CityPage | null> {
  'use cache';
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
      predecessors: { select: { kind: true, effectiveOn: true, predecessor: { select: REF } } },
      successors: { select: { kind: true, effectiveOn: true, successor: { select: REF } } },
      designations: {
        orderBy: { designatedByYear: 'asc' },
        select: {
          ...FACTS_WITHOUT_GROUP,
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
        },
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
    predecessors: lg.predecessors.map((s) => ({ ...s.predecessor, kind: s.kind, effectiveOn: isoDate(s.effectiveOn) })),
    successors: lg.successors.map((s) => ({ ...s.successor, kind: s.kind, effectiveOn: isoDate(s.effectiveOn) })),
    designations: lg.designations.map(({ evaluationGroupId, ...d }) => {
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
