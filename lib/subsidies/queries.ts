// The ministry's view of where the subsidy money goes (issue 5). Not cached: it is read by
// signed-in users only, and refused to anyone without subsidies.read (house style §5). Every
// figure is aggregated in SQL, in won as BigInt; the dashboard and its exports read the same
// function, so what is exported is what is on screen.
import 'server-only';
import { requireAccess } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AllocationStatus, RecipientKind } from '@/lib/generated/prisma/enums';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import { averageWon } from './arithmetic';
import { statusesOf, type SubsidyFilters } from './filters';
import { scoped } from './scope';
import { programmeComparison, yearTotals, type ProgrammeComparison, type RecordedLine, type YearCodeRow, type YearTotal } from './series';

export type { ProgrammeComparison, YearTotal };

type Names = { nameKo: string; nameEn: string };
type RegionNames = { slug: string; shortKo: string; shortEn: string };

export type ProgrammeTotal = Names & {
  year: number;
  code: string;
  recipientKind: RecipientKind;
  amountPerRecipient: bigint | null;
  isAmountApproximate: boolean;
  allocations: number;
  total: bigint;
  /** The total's lower bound when an amount in it was announced as a range; else the total. */
  totalMin: bigint;
  isApproximate: boolean;
};

export type RegionTotal = RegionNames & {
  /** Local governments that received money, and what they received. */
  cities: number;
  cityTotal: bigint;
  averagePerCity: bigint | null;
  /** Grants to the region itself (consortia, regional models). */
  regionGrants: number;
  regionTotal: bigint;
  total: bigint;
  /** Lower bounds of the three sums, where ranges enter them. */
  cityTotalMin: bigint;
  regionTotalMin: bigint;
  totalMin: bigint;
  isApproximate: boolean;
};

export type CityFundingHistory = Names & {
  slug: string;
  region: RegionNames;
  allocations: (Names & {
    year: number;
    code: string;
    amount: bigint;
    amountMin: bigint | null;
    isAmountApproximate: boolean;
    status: AllocationStatus;
    announcement: { titleKo: string; titleEn: string } | null;
  })[];
  total: bigint;
  totalMin: bigint;
};

/** An announcement that states a total, against what the allocations linked to it add up to. */
export type StatedTotalCheck = {
  /** Of its linked allocations, those the filters show, and their sum. */
  inViewAllocations: number;
  inViewTotal: bigint;
  /** The lower bound of inViewTotal where amounts in view were announced as ranges; else equal. */
  inViewTotalMin: bigint;
  slug: string;
  titleKo: string;
  titleEn: string;
  publishedOn: string;
  statedTotal: bigint;
  isStatedTotalApproximate: boolean;
  scopeKo: string | null;
  scopeEn: string | null;
  linkedAllocations: number;
  linkedTotal: bigint;
  /** Linked minus stated: positive when the allocations add up to more than the announcement says. */
  difference: bigint;
};

/** One allocation in view: the allocations sheet of the exports and the table under the dashboard. */
export type AllocationRow = {
  id: number;
  year: number;
  code: string;
  programme: Names;
  recipientKind: RecipientKind;
  /** The local government's slug, or null for a grant to a region. */
  citySlug: string | null;
  recipient: Names;
  regionThen: RegionNames;
  regionNow: RegionNames;
  amount: bigint;
  /** The lower bound when the amount was announced only as a range (amount is then its upper bound). */
  amountMin: bigint | null;
  isAmountApproximate: boolean;
  status: AllocationStatus;
  /** The announcement it comes from (its own, else its programme's): title and where to read it. */
  source: { titleKo: string; titleEn: string; citation: string } | null;
};

export type SubsidyDashboard = {
  filters: SubsidyFilters;
  /** The calendar day in Korea the figures were read. */
  readOn: string;
  /** Names of what the filters chose, for the title of the page and the exports. */
  chosen: { programme: Names | null; region: RegionNames | null; city: (Names & { region: RegionNames }) | null };
  allocations: number;
  total: bigint;
  totalMin: bigint;
  years: YearTotal[];
  programmes: ProgrammeTotal[];
  comparison: ProgrammeComparison | null;
  regions: RegionTotal[];
  city: CityFundingHistory | null;
  statedTotals: StatedTotalCheck[];
  allocationRows: AllocationRow[];
};

async function totalsByYearAndLine(filters: SubsidyFilters): Promise<YearCodeRow[]> {
  return db.$queryRaw<YearCodeRow[]>`
    ${scoped(filters, { withYear: false })}
    SELECT s."year", s."code", p."nameKo", p."nameEn",
           COUNT(*)::int AS "allocations", SUM(s."amount")::bigint AS "total", SUM(s."amountLow")::bigint AS "totalMin",
           bool_or(s."isAmountApproximate") AS "isApproximate"
    FROM "scoped" s JOIN "Programme" p ON p."id" = s."programmeId"
    GROUP BY s."year", s."code", p."nameKo", p."nameEn"
    ORDER BY s."year", s."code"`;
}

async function totalsByProgramme(filters: SubsidyFilters): Promise<ProgrammeTotal[]> {
  return db.$queryRaw<ProgrammeTotal[]>`
    ${scoped(filters, { withYear: true })}
    SELECT p."year", p."code", p."nameKo", p."nameEn", p."recipientKind"::text AS "recipientKind",
           p."amountPerRecipient", p."isAmountApproximate",
           COUNT(*)::int AS "allocations", SUM(s."amount")::bigint AS "total", SUM(s."amountLow")::bigint AS "totalMin",
           bool_or(s."isAmountApproximate") AS "isApproximate"
    FROM "scoped" s JOIN "Programme" p ON p."id" = s."programmeId"
    GROUP BY p."id"
    ORDER BY p."year", p."code"`;
}

type RegionRow = Omit<RegionTotal, 'averagePerCity'>;

async function totalsByRegion(filters: SubsidyFilters): Promise<RegionTotal[]> {
  const rows = await db.$queryRaw<RegionRow[]>`
    ${scoped(filters, { withYear: true })}
    SELECT r."slug", r."shortKo", r."shortEn",
           COUNT(DISTINCT s."localGovernmentId")::int AS "cities",
           COALESCE(SUM(s."amount") FILTER (WHERE s."recipientKind" = 'local_government'), 0)::bigint AS "cityTotal",
           COUNT(*) FILTER (WHERE s."recipientKind" = 'region')::int AS "regionGrants",
           COALESCE(SUM(s."amount") FILTER (WHERE s."recipientKind" = 'region'), 0)::bigint AS "regionTotal",
           SUM(s."amount")::bigint AS "total",
           COALESCE(SUM(s."amountLow") FILTER (WHERE s."recipientKind" = 'local_government'), 0)::bigint AS "cityTotalMin",
           COALESCE(SUM(s."amountLow") FILTER (WHERE s."recipientKind" = 'region'), 0)::bigint AS "regionTotalMin",
           SUM(s."amountLow")::bigint AS "totalMin",
           bool_or(s."isAmountApproximate") AS "isApproximate"
    FROM "scoped" s JOIN "Region" r ON r."id" = s."regionId"
    GROUP BY r."id"
    ORDER BY r."sortOrder", r."id"`;
  return rows.map((row) => ({ ...row, averagePerCity: averageWon(row.cityTotal, row.cities) }));
}

async function cityHistory(filters: SubsidyFilters): Promise<CityFundingHistory | null> {
  if (!filters.city) return null;
  // The whole history of one city: every year and programme, in the chosen statuses.
  const lg = await db.localGovernment.findUnique({
    where: { slug: filters.city },
    select: {
      slug: true,
      nameKo: true,
      nameEn: true,
      region: { select: { slug: true, shortKo: true, shortEn: true } },
      allocations: {
        where: { status: { in: statusesOf(filters.status) } },
        orderBy: [{ programme: { year: 'asc' } }, { programme: { code: 'asc' } }],
        select: {
          amount: true,
          amountMin: true,
          isAmountApproximate: true,
          status: true,
          announcement: { select: { titleKo: true, titleEn: true } },
          programme: { select: { year: true, code: true, nameKo: true, nameEn: true } },
        },
      },
    },
  });
  if (!lg) return null;
  const allocations = lg.allocations.map(({ programme, ...allocation }) => ({ ...allocation, ...programme }));
  return {
    ...lg,
    allocations,
    total: allocations.reduce((sum, a) => sum + a.amount, 0n),
    totalMin: allocations.reduce((sum, a) => sum + (a.amountMin ?? a.amount), 0n),
  };
}

/**
 * Each announcement that states a total, with what its linked allocations add up to. Drafts are
 * not part of any announcement yet; a returned allocation was still announced, so it counts. The
 * list follows the filters (issue 14): the announcements of the allocations in view (and, with no
 * programme, region or city chosen, those published in the chosen year), each with the part of its
 * allocations in view. The check itself stays whole: the stated total against all linked ones.
 */
async function statedTotalChecks(filters: SubsidyFilters): Promise<StatedTotalCheck[]> {
  const isNarrowed = filters.programme !== null || filters.region !== null || filters.city !== null;
  const published =
    filters.year !== null
      ? Prisma.sql`an."publishedOn" >= make_date(${filters.year}::int, 1, 1) AND an."publishedOn" < make_date(${filters.year}::int + 1, 1, 1)`
      : Prisma.sql`TRUE`;
  const inScope = isNarrowed ? Prisma.sql`COUNT(s."id") > 0` : Prisma.sql`(COUNT(s."id") > 0 OR bool_or(${published}))`;
  const rows = await db.$queryRaw<(Omit<StatedTotalCheck, 'publishedOn' | 'difference'> & { publishedOn: Date })[]>`
    ${scoped(filters, { withYear: true })}
    SELECT an."slug", an."titleKo", an."titleEn", an."publishedOn", an."statedTotal", an."isStatedTotalApproximate",
           an."statedTotalScopeKo" AS "scopeKo", an."statedTotalScopeEn" AS "scopeEn",
           COUNT(a."id") FILTER (WHERE a."status" <> 'draft')::int AS "linkedAllocations",
           COALESCE(SUM(a."amount") FILTER (WHERE a."status" <> 'draft'), 0)::bigint AS "linkedTotal",
           COUNT(s."id")::int AS "inViewAllocations",
           COALESCE(SUM(s."amount"), 0)::bigint AS "inViewTotal",
           COALESCE(SUM(s."amountLow"), 0)::bigint AS "inViewTotalMin"
    FROM "Announcement" an
    LEFT JOIN "Allocation" a ON a."announcementId" = an."id"
    LEFT JOIN "scoped" s ON s."id" = a."id"
    WHERE an."statedTotal" IS NOT NULL
    GROUP BY an."id"
    HAVING ${inScope}
    ORDER BY an."publishedOn", an."id"`;
  return rows.map((row) => ({ ...row, publishedOn: isoDate(row.publishedOn), difference: row.linkedTotal - row.statedTotal }));
}

/** Programme lines by year whose allocations are recorded at all (drafts aside), whatever the filters. */
async function recordedLines(): Promise<RecordedLine[]> {
  return db.$queryRaw<RecordedLine[]>`
    SELECT DISTINCT p."year", p."code" FROM "Allocation" a JOIN "Programme" p ON p."id" = a."programmeId"
    WHERE a."status" <> 'draft'`;
}

type AllocationSqlRow = Omit<AllocationRow, 'programme' | 'recipient' | 'regionThen' | 'regionNow' | 'source'> & {
  programmeKo: string;
  programmeEn: string;
  recipientKo: string;
  recipientEn: string;
  thenSlug: string;
  thenKo: string;
  thenEn: string;
  nowSlug: string;
  nowKo: string;
  nowEn: string;
  sourceKo: string | null;
  sourceEn: string | null;
  citation: string | null;
};

/** Every allocation in view, one row each, with its region then and now and its source. */
async function allocationsInView(filters: SubsidyFilters): Promise<AllocationRow[]> {
  const rows = await db.$queryRaw<AllocationSqlRow[]>`
    ${scoped(filters, { withYear: true })}
    SELECT s."id", s."year", s."code", p."nameKo" AS "programmeKo", p."nameEn" AS "programmeEn",
           s."recipientKind"::text AS "recipientKind", lg."slug" AS "citySlug",
           COALESCE(lg."nameKo", granted."nameKo") AS "recipientKo", COALESCE(lg."nameEn", granted."nameEn") AS "recipientEn",
           rt."slug" AS "thenSlug", rt."shortKo" AS "thenKo", rt."shortEn" AS "thenEn",
           rn."slug" AS "nowSlug", rn."shortKo" AS "nowKo", rn."shortEn" AS "nowEn",
           s."amount", a."amountMin", s."isAmountApproximate", s."status"::text AS "status",
           src."titleKo" AS "sourceKo", src."titleEn" AS "sourceEn", src."citation"
    FROM "scoped" s
    JOIN "Programme" p ON p."id" = s."programmeId"
    JOIN "Allocation" a ON a."id" = s."id"
    LEFT JOIN "LocalGovernment" lg ON lg."id" = s."localGovernmentId"
    LEFT JOIN "Region" granted ON granted."id" = s."grantRegionId"
    JOIN "Region" rt ON rt."id" = s."thenRegionId"
    JOIN "Region" rn ON rn."id" = s."nowRegionId"
    LEFT JOIN "Announcement" src ON src."id" = COALESCE(a."announcementId", p."announcementId")
    ORDER BY s."year", s."code", rn."sortOrder", lg."code" NULLS FIRST, s."id"`;
  return rows.map((row) => ({
    id: row.id,
    year: row.year,
    code: row.code,
    programme: { nameKo: row.programmeKo, nameEn: row.programmeEn },
    recipientKind: row.recipientKind,
    citySlug: row.citySlug,
    recipient: { nameKo: row.recipientKo, nameEn: row.recipientEn },
    regionThen: { slug: row.thenSlug, shortKo: row.thenKo, shortEn: row.thenEn },
    regionNow: { slug: row.nowSlug, shortKo: row.nowKo, shortEn: row.nowEn },
    amount: row.amount,
    amountMin: row.amountMin,
    isAmountApproximate: row.isAmountApproximate,
    status: row.status,
    source: row.sourceKo !== null ? { titleKo: row.sourceKo, titleEn: row.sourceEn ?? row.sourceKo, citation: row.citation ?? '' } : null,
  }));
}

async function chosenNames(filters: SubsidyFilters): Promise<SubsidyDashboard['chosen']> {
  const region = { select: { slug: true, shortKo: true, shortEn: true } } as const;
  const [programme, regionRow, city] = await Promise.all([
    filters.programme
      ? db.programme.findFirst({ where: { code: filters.programme }, orderBy: { year: 'desc' }, select: { nameKo: true, nameEn: true } })
      : null,
    filters.region ? db.region.findUnique({ where: { slug: filters.region }, select: region.select }) : null,
    filters.city ? db.localGovernment.findUnique({ where: { slug: filters.city }, select: { nameKo: true, nameEn: true, region } }) : null,
  ]);
  return { programme, region: regionRow, city };
}

export async function getSubsidyDashboard(filters: SubsidyFilters): Promise<SubsidyDashboard> {
  await requireAccess('subsidies.read');
  const [yearRows, programmes, regions, city, statedTotals, chosen, recorded, allocationRows] = await Promise.all([
    totalsByYearAndLine(filters),
    totalsByProgramme(filters),
    totalsByRegion(filters),
    cityHistory(filters),
    statedTotalChecks(filters),
    chosenNames(filters),
    recordedLines(),
    allocationsInView(filters),
  ]);
  return {
    filters,
    readOn: isoDate(todayInKorea()),
    chosen,
    allocations: programmes.reduce((sum, p) => sum + p.allocations, 0),
    total: programmes.reduce((sum, p) => sum + p.total, 0n),
    totalMin: programmes.reduce((sum, p) => sum + p.totalMin, 0n),
    years: yearTotals(yearRows, filters, recorded),
    programmes,
    comparison: programmeComparison(yearRows, filters, recorded),
    regions,
    city,
    statedTotals,
    allocationRows,
  };
}

export type SubsidyFilterOptions = {
  years: number[];
  programmes: (Names & { code: string })[];
  /** Every region, those abolished marked: the filter offers them only by the region at the time. */
  regions: (RegionNames & { isAbolished: boolean })[];
  cities: (Names & { slug: string; region: RegionNames })[];
};

/** What the filters offer: years and programme lines with programmes, regions, funded cities. */
export async function getSubsidyFilterOptions(): Promise<SubsidyFilterOptions> {
  await requireAccess('subsidies.read');
  const region = { select: { slug: true, shortKo: true, shortEn: true } } as const;
  const [programmes, regions, cities] = await Promise.all([
    db.programme.findMany({ orderBy: [{ code: 'asc' }, { year: 'desc' }], select: { code: true, year: true, nameKo: true, nameEn: true } }),
    db.region.findMany({ orderBy: { sortOrder: 'asc' }, select: { ...region.select, abolishedOn: true } }),
    db.localGovernment.findMany({
      where: { allocations: { some: {} } },
      orderBy: [{ region: { sortOrder: 'asc' } }, { code: 'asc' }],
      select: { slug: true, nameKo: true, nameEn: true, region },
    }),
  ]);
  const lines = new Map<string, Names & { code: string }>();
  for (const p of programmes) if (!lines.has(p.code)) lines.set(p.code, { code: p.code, nameKo: p.nameKo, nameEn: p.nameEn });
  return {
    years: [...new Set(programmes.map((p) => p.year))].sort((a, b) => b - a),
    programmes: [...lines.values()],
    regions: regions.map(({ abolishedOn, ...names }) => ({ ...names, isAbolished: abolishedOn !== null })),
    cities,
  };
}

/** The latest year with allocations announced or disbursed, and its total: the admin home's card. */
export async function getLatestSubsidyYear(): Promise<{ year: number; allocations: number; total: bigint } | null> {
  await requireAccess('subsidies.read');
  const [row] = await db.$queryRaw<{ year: number; allocations: number; total: bigint }[]>`
    SELECT p."year", COUNT(*)::int AS "allocations", SUM(a."amount")::bigint AS "total"
    FROM "Allocation" a JOIN "Programme" p ON p."id" = a."programmeId"
    WHERE a."status" IN ('announced', 'disbursed')
    GROUP BY p."year" ORDER BY p."year" DESC LIMIT 1`;
  return row ?? null;
}
