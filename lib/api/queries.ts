// The public API's reads that the pages do not already make (issue 6): codes of a past day,
// every designation with its evaluations, programmes, and published allocations. Cached like
// every public read; one query per relation, never one per row.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { factSource, SOURCE_LINK_SELECT, toSourceLinkOrNull } from '@/lib/announcements/source';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { checkArguments, dayArgument } from '@/lib/core/cached-arguments';
import { FIRST_DAY } from '@/lib/registry/schemas';
import { db } from '@/lib/db';
import { DESIGNATION_FACTS_SELECT } from '@/lib/designations/facts';
import { localGovernmentExistsOn, regionExistsOn } from '@/lib/core/existence';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import { NO_FILTERS } from '@/lib/subsidies/filters';
import { scoped } from '@/lib/subsidies/scope';
import { PUBLISHED_ALLOCATION_STATUSES } from './schemas';

const SOURCE_SELECT = SOURCE_LINK_SELECT;
const source = toSourceLinkOrNull;

/** The codes regions and local governments had on a day (getRegistryAsOf gives names, not codes). */
export async function getCodesOn(
  asOf: string,
): Promise<{ regions: Record<string, string | null>; localGovernments: Record<string, string | null> }> {
  'use cache';
  checkArguments(
    'getCodesOn',
    dayArgument(FIRST_DAY, () => isoDate(todayInKorea())),
    asOf,
  );
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const date = new Date(`${asOf}T00:00:00Z`);
  const periodOn = { OR: [{ validFrom: null }, { validFrom: { lte: date } }], validUntil: { gt: date } };
  const [regions, localGovernments] = await Promise.all([
    db.region.findMany({
      where: regionExistsOn(date),
      select: { slug: true, code: true, periods: { where: periodOn, select: { code: true } } },
    }),
    db.localGovernment.findMany({
      where: localGovernmentExistsOn(date),
      select: { slug: true, code: true, periods: { where: periodOn, select: { code: true } } },
    }),
  ]);
  const codes = (rows: { slug: string; code: string | null; periods: { code: string | null }[] }[]) =>
    Object.fromEntries(rows.map((row) => [row.slug, (row.periods[0] ?? row).code]));
  return { regions: codes(regions), localGovernments: codes(localGovernments) };
}

/** Every designation, with its local government, the facts its standing derives from, and its evaluations. */
export async function getDesignationRecords() {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const rows = await db.designation.findMany({
    orderBy: [{ designatedByYear: 'asc' }, { localGovernment: { region: { sortOrder: 'asc' } } }, { localGovernment: { code: 'asc' } }],
    select: {
      ...DESIGNATION_FACTS_SELECT,
      isCountedByMinistry: true,
      designatedAs: { select: { slug: true, nameKo: true, nameEn: true } },
      source: true,
      inferenceKo: true,
      inferenceEn: true,
      note: true,
      announcement: { select: SOURCE_SELECT },
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
          announcement: { select: SOURCE_SELECT },
        },
      },
      localGovernment: {
        select: {
          slug: true,
          code: true,
          nameKo: true,
          nameEn: true,
          establishedOn: true,
          abolishedOn: true,
          region: { select: { slug: true, shortKo: true, shortEn: true } },
        },
      },
    },
  });
  return rows.map(({ announcement, source: citation, inferenceKo, inferenceEn, evaluations, ...row }) => ({
    ...row,
    // Every designation has a source (a NOT NULL column), so its FactSource is never null.
    source: factSource({ announcement: source(announcement), citation, inferenceKo, inferenceEn })!,
    evaluations: evaluations.map(({ announcement: evaluationAnnouncement, source: evaluationCitation, score, ...evaluation }) => ({
      ...evaluation,
      score: score === null ? null : Number(score),
      source: factSource({ announcement: source(evaluationAnnouncement), citation: evaluationCitation }),
    })),
  }));
}
export type DesignationRecord = Awaited<ReturnType<typeof getDesignationRecords>>[number];

/** Programmes with their announcement and how many published allocations each has. */
export async function getPublicProgrammes() {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const rows = await db.programme.findMany({
    orderBy: [{ year: 'desc' }, { code: 'asc' }],
    select: {
      code: true,
      year: true,
      nameKo: true,
      nameEn: true,
      purposeKo: true,
      purposeEn: true,
      eligibilityKo: true,
      eligibilityEn: true,
      recipientKind: true,
      amountPerRecipient: true,
      amountPerRecipientMin: true,
      isAmountApproximate: true,
      announcement: { select: SOURCE_SELECT },
      _count: { select: { allocations: { where: { status: { in: [...PUBLISHED_ALLOCATION_STATUSES] } } } } },
    },
  });
  return rows.map(({ _count, announcement, amountPerRecipient, amountPerRecipientMin, ...row }) => ({
    ...row,
    amountPerRecipient: amountPerRecipient === null ? null : Number(amountPerRecipient),
    amountPerRecipientMin: amountPerRecipientMin === null ? null : Number(amountPerRecipientMin),
    announcement: source(announcement),
    allocationCount: _count.allocations,
  }));
}

/**
 * Published allocations (announced, disbursed, returned; drafts never), each with the region it
 * counts under: its recipient's when the programme was announced, as the ministry's dashboard
 * counts it (lib/subsidies/scope.ts decides that, here as there).
 */
export async function getPublishedAllocations() {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const [rows, ...dated] = await Promise.all([
    db.allocation.findMany({
      where: { status: { in: [...PUBLISHED_ALLOCATION_STATUSES] } },
      orderBy: [{ programme: { year: 'desc' } }, { programme: { code: 'asc' } }, { id: 'asc' }],
      select: {
        id: true,
        amount: true,
        amountMin: true,
        isAmountApproximate: true,
        status: true,
        recipientKind: true,
        announcement: { select: SOURCE_SELECT },
        programme: { select: { code: true, year: true, nameKo: true, nameEn: true } },
        localGovernment: { select: { slug: true, code: true, nameKo: true, nameEn: true } },
      },
    }),
    ...PUBLISHED_ALLOCATION_STATUSES.map(
      (status) => db.$queryRaw<{ id: number; regionId: number }[]>`
        ${scoped({ ...NO_FILTERS, status, regionBasis: 'announced' }, { withYear: false })}
        SELECT s."id", s."regionId" FROM "scoped" s`,
    ),
  ]);
  const regionIds = new Map(dated.flat().map((row) => [row.id, row.regionId]));
  const regions = await db.region.findMany({
    where: { id: { in: [...new Set(regionIds.values())] } },
    select: { id: true, slug: true, shortKo: true, shortEn: true },
  });
  const regionById = new Map(regions.map(({ id, ...region }) => [id, region]));
  return rows.map((row) => {
    const region = regionById.get(regionIds.get(row.id) ?? -1);
    if (!region) throw new Error(`Allocation ${row.id} counts under no region`);
    return {
      programme: row.programme,
      recipientKind: row.recipientKind,
      localGovernment: row.localGovernment,
      region,
      // Won as a JSON number: amounts are bounded by MAX_WON (10^13), far below 2^53.
      amount: Number(row.amount),
      amountMin: row.amountMin === null ? null : Number(row.amountMin),
      isAmountApproximate: row.isAmountApproximate,
      status: row.status as (typeof PUBLISHED_ALLOCATION_STATUSES)[number],
      announcement: source(row.announcement),
    };
  });
}
export type PublishedAllocation = Awaited<ReturnType<typeof getPublishedAllocations>>[number];
