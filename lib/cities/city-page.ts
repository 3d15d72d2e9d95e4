import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import { type FactSource, factSource, SOURCE_LINK_SELECT, type SourceLink, toSourceLinkOrNull } from '@/lib/announcements/source';
import { DESIGNATION_FACTS_SELECT, toDesignationFacts } from '@/lib/designations/facts';
import {
  getEvaluationRounds,
  getEvaluationRules,
  getScheduleReference,
  type GroupSummary,
  type RoundSummary,
  type RuleSummary,
} from '@/lib/designations/queries';
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
          ...DESIGNATION_FACTS_SELECT,
          source: true,
          inferenceKo: true,
          inferenceEn: true,
          note: true,
          announcement: { select: SOURCE_LINK_SELECT },
          evaluationGroup: { select: { ...DESIGNATION_FACTS_SELECT.evaluationGroup.select } },
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
              announcement: { select: SOURCE_LINK_SELECT },
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
          announcement: { select: SOURCE_LINK_SELECT },
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
  const [rules, rounds, reference] = await Promise.all([getEvaluationRules(), getEvaluationRounds(), getScheduleReference()]);
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
    designations: lg.designations.map((d) => {
      const facts = toDesignationFacts(d);
      const standing = standingOn(facts, rules, day);
      return {
        firstYear: d.firstYear,
        designatedByYear: d.designatedByYear,
        status: statusOf(standing),
        standing,
        facts,
        source: factSource({
          announcement: toSourceLinkOrNull(d.announcement),
          citation: d.source,
          inferenceKo: d.inferenceKo,
          inferenceEn: d.inferenceEn,
        }),
        groupCode: d.evaluationGroup?.code ?? null,
        note: d.note,
        evaluations: d.evaluations.map(({ announcement, source, score, ...e }) => ({
          ...e,
          heldOn: date(e.heldOn),
          score: score === null ? null : Number(score),
          source: factSource({ announcement: toSourceLinkOrNull(announcement), citation: source }),
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
    allocations: lg.allocations.map(({ programme, announcement, ...allocation }) => ({
      ...allocation,
      year: programme.year,
      programme: { code: programme.code, nameKo: programme.nameKo, nameEn: programme.nameEn },
      announcement: toSourceLinkOrNull(announcement),
    })),
  };
}
