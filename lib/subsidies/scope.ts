// The allocations a dashboard view is about, as SQL the queries build on: each allocation with
// the region it counts under, filtered as the URL says.
import { Prisma } from '@/lib/generated/prisma/client';
import { statusesOf, type SubsidyFilters } from './filters';

/**
 * Allocations with two regions: the one their recipient belonged to when the programme was
 * announced (docs/data-notes.md, counting conventions: a local government's period row covering
 * that day, else its current region; a consortium's own region), and the one it belongs to today
 * (a local government's region; a region grant's region, or its successor after a merger). Each
 * counts under the one `regionBasis` names (`regionId`). Filtered by status, programme, region and
 * city, and by year unless `withYear` is false.
 */
export function scoped(filters: SubsidyFilters, options: { withYear: boolean }): Prisma.Sql {
  const statuses = statusesOf(filters.status);
  const conditions: Prisma.Sql[] = [Prisma.sql`a."status"::text IN (${Prisma.join(statuses)})`];
  if (options.withYear && filters.year !== null) conditions.push(Prisma.sql`p."year" = ${filters.year}::int`);
  if (filters.programme) conditions.push(Prisma.sql`p."code" = ${filters.programme}`);
  if (filters.city) conditions.push(Prisma.sql`lg."slug" = ${filters.city}`);
  const regionFilter = filters.region ? Prisma.sql`WHERE r."slug" = ${filters.region}` : Prisma.empty;
  return Prisma.sql`
    WITH "dated" AS (
      SELECT a."id", a."amount", COALESCE(a."amountMin", a."amount") AS "amountLow", a."isAmountApproximate", a."status", a."recipientKind", a."localGovernmentId",
             a."regionId" AS "grantRegionId", lg."regionId" AS "currentRegionId",
             p."id" AS "programmeId", p."code", p."year",
             COALESCE(pa."publishedOn", make_date(p."year", 1, 1)) AS "announcedOn"
      FROM "Allocation" a
      JOIN "Programme" p ON p."id" = a."programmeId"
      LEFT JOIN "Announcement" pa ON pa."id" = p."announcementId"
      LEFT JOIN "LocalGovernment" lg ON lg."id" = a."localGovernmentId"
      WHERE ${Prisma.join(conditions, ' AND ')}
    ),
    "placed" AS (
      SELECT d.*, COALESCE(d."grantRegionId", earlier."regionId", d."currentRegionId") AS "thenRegionId",
             COALESCE(d."currentRegionId", later2."id", later1."id", d."grantRegionId") AS "nowRegionId"
      FROM "dated" d
      LEFT JOIN LATERAL (
        SELECT x."regionId" FROM "LocalGovernmentPeriod" x
        WHERE x."localGovernmentId" = d."localGovernmentId"
          AND x."validUntil" > d."announcedOn"
          AND (x."validFrom" IS NULL OR x."validFrom" <= d."announcedOn")
        ORDER BY x."validUntil"
        LIMIT 1
      ) earlier ON TRUE
      LEFT JOIN "Region" granted ON granted."id" = d."grantRegionId"
      LEFT JOIN "Region" later1 ON later1."id" = granted."successorId"
      LEFT JOIN "Region" later2 ON later2."id" = later1."successorId"
    ),
    "scoped" AS (
      SELECT x.*, r."id" AS "regionId"
      FROM "placed" x
      JOIN "Region" r ON r."id" = ${filters.regionBasis === 'announced' ? Prisma.sql`x."thenRegionId"` : Prisma.sql`x."nowRegionId"`}
      ${regionFilter}
    )`;
}
