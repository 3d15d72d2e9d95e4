import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import { DESIGNATION_FACTS_SELECT, toDesignationFacts } from '@/lib/designations/facts';
import { getEvaluationRules } from '@/lib/designations/queries';
import { standingOn } from '@/lib/designations/schedule';
import { type DesignationStatus, statusOf } from '@/lib/designations/status';
import type { LocalGovernmentKind } from '@/lib/generated/prisma/enums';
import { BASIC_LOCAL_GOVERNMENT_KINDS, designationActiveOn, localGovernmentExistsOn, regionExistsOn } from './existence';
import { isoDate, todayInKorea } from './today';

export type HeadlineFigures = {
  asOf: string;
  /** Local governments with an active designation today (Sejong and Jeju's cities included). */
  designatedCount: number;
  /** Of them, basic local governments (시·군·구): the ministry's count, against basicLocalGovernmentCount. */
  basicDesignatedCount: number;
  /** Basic local governments (시·군·구) today: 227 since 2026-07-01. */
  basicLocalGovernmentCount: number;
  members: { mayors: number; superintendents: number };
  latestYear: number | null;
  latest: { slug: string; nameKo: string; nameEn: string; region: { shortKo: string; shortEn: string } }[];
};

export async function getHeadlineFigures(): Promise<HeadlineFigures> {
  'use cache';
  cacheTag(CACHE_TAGS.registry);
  cacheLife('hours');
  const today = todayInKorea();
  const exists = localGovernmentExistsOn(today);
  const active = designationActiveOn(today);
  const designated = { ...exists, designations: { some: active } };
  const currentMember = { OR: [{ leftOn: null }, { leftOn: { gt: today } }] };
  const basic = { kind: { in: [...BASIC_LOCAL_GOVERNMENT_KINDS] } };
  const [designatedCount, basicDesignatedCount, basicLocalGovernmentCount, mayors, superintendents, latestYear] = await Promise.all([
    db.localGovernment.count({ where: designated }),
    db.localGovernment.count({ where: { ...designated, ...basic } }),
    db.localGovernment.count({ where: { ...exists, ...basic } }),
    db.membership.count({ where: { kind: 'mayor', ...currentMember } }),
    db.membership.count({ where: { kind: 'superintendent', ...currentMember } }),
    db.designation.aggregate({ where: active, _max: { firstYear: true } }),
  ]);
  const year = latestYear._max?.firstYear ?? null;
  const latest =
    year === null
      ? []
      : await db.localGovernment.findMany({
          where: { ...exists, designations: { some: { AND: [active, { firstYear: year }] } } },
          orderBy: { code: 'asc' },
          select: { slug: true, nameKo: true, nameEn: true, region: { select: { shortKo: true, shortEn: true } } },
        });
  return {
    asOf: isoDate(today),
    designatedCount,
    basicDesignatedCount,
    basicLocalGovernmentCount,
    members: { mayors, superintendents },
    latestYear: year,
    latest,
  };
}

export type RegistryAsOf = {
  asOf: string;
  regions: {
    slug: string;
    nameKo: string;
    nameEn: string;
    shortKo: string;
    shortEn: string;
    /** Local governments in the region that day (administrative cities included). */
    unitCount: number;
    cities: {
      slug: string;
      nameKo: string;
      nameEn: string;
      kind: LocalGovernmentKind;
      firstYear: number | null;
      designatedByYear: number;
      status: DesignationStatus;
      nextEvaluationYear: number | null;
      isOutcomeMissing: boolean;
    }[];
  }[];
  /** Learning cities that day: every local government with a designation in force. */
  designatedCount: number;
  /** Of them, basic local governments (시·군·구): the ministry's count, and all of those that day. */
  basicDesignatedCount: number;
  basicCount: number;
  /** The total the ministry reported for that year, when one is recorded. */
  reported: { year: number; total: number; source: string } | null;
};

/**
 * The registry as it stood on a day (issue 4): the regions and local governments of that day
 * under their names of that day, and the cities whose designation was in force, with their
 * standing derived from the events up to that day (lib/designations/schedule.ts).
 */
export async function getRegistryAsOf(asOf: string): Promise<RegistryAsOf> {
  'use cache';
  cacheTag(CACHE_TAGS.registry);
  cacheLife('hours');
  const date = new Date(`${asOf}T00:00:00Z`);
  const periodOn = { OR: [{ validFrom: null }, { validFrom: { lte: date } }], validUntil: { gt: date } };
  const [regions, localGovernments, rules, reported] = await Promise.all([
    db.region.findMany({
      where: regionExistsOn(date),
      orderBy: { sortOrder: 'asc' },
      select: { id: true, slug: true, nameKo: true, nameEn: true, shortKo: true, shortEn: true, periods: { where: periodOn, select: { nameKo: true, nameEn: true, shortKo: true, shortEn: true } } },
    }),
    db.localGovernment.findMany({
      where: localGovernmentExistsOn(date),
      orderBy: { code: 'asc' },
      select: {
        slug: true,
        kind: true,
        nameKo: true,
        nameEn: true,
        regionId: true,
        periods: { where: periodOn, select: { kind: true, nameKo: true, nameEn: true, regionId: true } },
        designations: { select: DESIGNATION_FACTS_SELECT },
      },
    }),
    getEvaluationRules(),
    db.reportedTotal.findUnique({ where: { year: date.getUTCFullYear() }, select: { year: true, total: true, source: true } }),
  ]);
  const byRegion = new Map(regions.map((region) => [region.id, { region, units: 0, cities: [] as RegistryAsOf['regions'][number]['cities'] }]));
  let basicCount = 0;
  let basicDesignatedCount = 0;
  for (const lg of localGovernments) {
    const then = lg.periods[0] ?? lg;
    const isBasic = (BASIC_LOCAL_GOVERNMENT_KINDS as readonly string[]).includes(then.kind);
    const group = byRegion.get(then.regionId);
    if (group) group.units += 1;
    if (isBasic) basicCount += 1;
    for (const designation of lg.designations) {
      const standing = standingOn(toDesignationFacts(designation), rules, asOf);
      if (standing.state !== 'active') continue;
      if (isBasic) basicDesignatedCount += 1;
      group?.cities.push({
        slug: lg.slug,
        nameKo: then.nameKo,
        nameEn: then.nameEn,
        kind: then.kind,
        firstYear: designation.firstYear,
        designatedByYear: designation.designatedByYear,
        status: statusOf(standing),
        nextEvaluationYear: standing.nextDueYear,
        isOutcomeMissing: standing.isOutcomeMissing,
      });
    }
  }
  const groups = [...byRegion.values()];
  return {
    asOf,
    regions: groups.map(({ region, units, cities }) => ({
      slug: region.slug,
      ...(({ nameKo, nameEn, shortKo, shortEn }) => ({ nameKo, nameEn, shortKo, shortEn }))(region.periods[0] ?? region),
      unitCount: units,
      cities,
    })),
    designatedCount: groups.reduce((sum, group) => sum + group.cities.length, 0),
    basicDesignatedCount,
    basicCount,
    reported,
  };
}
