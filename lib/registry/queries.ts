import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { checkArguments, dayArgument } from '@/lib/core/cached-arguments';
import { FIRST_DAY } from './schemas';
import { db } from '@/lib/db';
import { DESIGNATION_FACTS_SELECT, toDesignationFacts } from '@/lib/designations/facts';
import { getEvaluationRules } from '@/lib/designations/queries';
import { type RegistryAsOf, type RegistryHistory, registryOn } from './as-of';
import { BASIC_LOCAL_GOVERNMENT_KINDS, localGovernmentExistsOn } from '@/lib/core/existence';
import { designationActiveOn } from '@/lib/designations/in-force';
import { isoDate, todayInKorea } from '@/lib/core/dates';

export type { RegistryAsOf } from './as-of';

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
  cacheTag(CACHE_TAGS.lists);
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

/**
 * The registry as it stood on a day (issue 4): the regions and local governments of that day
 * under their names of that day, and the cities whose designation was in force, with their
 * standing derived from the events up to that day (lib/registry/as-of.ts).
 */
export async function getRegistryAsOf(asOf: string): Promise<RegistryAsOf> {
  'use cache';
  checkArguments(
    'getRegistryAsOf',
    dayArgument(FIRST_DAY, () => isoDate(todayInKorea())),
    asOf,
  );
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const [history, reported] = await Promise.all([
    getRegistryHistory(),
    db.reportedTotal.findUnique({ where: { year: Number(asOf.slice(0, 4)) }, select: { year: true, total: true, source: true } }),
  ]);
  return { ...registryOn(history, asOf), reported };
}

/** Everything the registry on any day is worked out from, read once: regions, local governments, their periods and designations, and the rules. */
export async function getRegistryHistory(): Promise<RegistryHistory> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const day = (value: Date | null) => (value ? isoDate(value) : null);
  const period = (p: { validFrom: Date | null; validUntil: Date }) => ({ validFrom: day(p.validFrom), validUntil: isoDate(p.validUntil) });
  const [regions, localGovernments, rules] = await Promise.all([
    db.region.findMany({
      orderBy: { sortOrder: 'asc' },
      select: {
        id: true,
        slug: true,
        nameKo: true,
        nameEn: true,
        shortKo: true,
        shortEn: true,
        establishedOn: true,
        abolishedOn: true,
        periods: { select: { validFrom: true, validUntil: true, nameKo: true, nameEn: true, shortKo: true, shortEn: true } },
      },
    }),
    db.localGovernment.findMany({
      orderBy: { code: 'asc' },
      select: {
        slug: true,
        kind: true,
        nameKo: true,
        nameEn: true,
        regionId: true,
        establishedOn: true,
        abolishedOn: true,
        periods: { select: { validFrom: true, validUntil: true, kind: true, nameKo: true, nameEn: true, regionId: true } },
        designations: { select: DESIGNATION_FACTS_SELECT },
      },
    }),
    getEvaluationRules(),
  ]);
  return {
    rules,
    regions: regions.map((region) => ({
      ...region,
      establishedOn: day(region.establishedOn),
      abolishedOn: day(region.abolishedOn),
      periods: region.periods.map((p) => ({ ...p, ...period(p) })),
    })),
    localGovernments: localGovernments.map((lg) => ({
      ...lg,
      establishedOn: day(lg.establishedOn),
      abolishedOn: day(lg.abolishedOn),
      periods: lg.periods.map((p) => ({ ...p, ...period(p) })),
      designations: lg.designations.map((d) => ({
        firstYear: d.firstYear,
        designatedByYear: d.designatedByYear,
        facts: toDesignationFacts(d),
      })),
    })),
  };
}
