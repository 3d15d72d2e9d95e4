import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { SlugArgument } from '@/lib/core/cached-arguments';
import { type CityListItem, toCityListItem, CITY_LIST_SELECT } from '@/lib/cities/list-item';
import { db } from '@/lib/db';
import { getEvaluationSchedule } from '@/lib/designations/queries';
import { localGovernmentExistsOn, regionExistsOn } from '@/lib/core/existence';
import { getNationalCounts } from '@/lib/registry/queries';
import { isoDate, todayInKorea } from '@/lib/core/dates';

export type RegionRef = { slug: string; nameKo: string; nameEn: string; shortKo: string; shortEn: string };

export type RegionSummary = RegionRef & {
  code: string;
  /** Local governments in the region today, Sejong and Jeju's administrative cities included. */
  unitCount: number;
  designatedCount: number;
};

export type RegionPage = {
  region: RegionRef & {
    code: string;
    currentSince: string | null;
    establishedOn: string | null;
    abolishedOn: string | null;
    successor: RegionRef | null;
    predecessors: RegionRef[];
    periods: { validUntil: string; code: string | null; nameKo: string; nameEn: string }[];
  };
  /** Today's local governments, or for a region merged away, those it had on its last day. */
  localGovernments: CityListItem[];
};

const REGION_REF = { slug: true, nameKo: true, nameEn: true, shortKo: true, shortEn: true } as const;

export async function getRegionSummaries(): Promise<RegionSummary[]> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const today = todayInKorea();
  // Counted by the registry's one rule (lib/registry/counting.ts), as every other figure.
  const [regions, counts] = await Promise.all([
    db.region.findMany({ where: regionExistsOn(today), orderBy: { sortOrder: 'asc' }, select: { ...REGION_REF, code: true } }),
    getNationalCounts(isoDate(today)),
  ]);
  return regions.map((region) => {
    const counted = counts.regions.find((candidate) => candidate.slug === region.slug);
    return { ...region, unitCount: counted?.localGovernments ?? 0, designatedCount: counted?.learningCities ?? 0 };
  });
}

export async function getRegionSlugs(): Promise<string[]> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const regions = await db.region.findMany({ select: { slug: true }, orderBy: { sortOrder: 'asc' } });
  return regions.map((region) => region.slug);
}

export async function getRegionPage(slug: string): Promise<RegionPage | null> {
  'use cache';
  // Called directly with what no route would name (issue 13): no page, before anything is read.
  if (!SlugArgument.safeParse(slug).success) return null;
  cacheTag(CACHE_TAGS.region(slug));
  cacheLife('hours');
  const region = await db.region.findUnique({
    where: { slug },
    select: {
      ...REGION_REF,
      id: true,
      code: true,
      currentSince: true,
      establishedOn: true,
      abolishedOn: true,
      successor: { select: REGION_REF },
      predecessors: { select: REGION_REF, orderBy: { sortOrder: 'asc' } },
      periods: { select: { validUntil: true, code: true, nameKo: true, nameEn: true }, orderBy: { validUntil: 'asc' } },
    },
  });
  if (!region) return null;
  const today = todayInKorea();
  // A region merged away shows the local governments it had on its last day.
  const lastDay = region.abolishedOn ? new Date(region.abolishedOn.getTime() - 86_400_000) : null;
  const [localGovernments, schedule] = await Promise.all([
    db.localGovernment.findMany({
      where: lastDay
        ? { periods: { some: { regionId: region.id, validUntil: region.abolishedOn! } } }
        : { regionId: region.id, ...localGovernmentExistsOn(today) },
      select: CITY_LIST_SELECT,
      orderBy: { code: 'asc' },
    }),
    getEvaluationSchedule(),
  ]);
  // Each local government it lists: an edit to one expires the region pages that show it.
  cacheTag(...localGovernments.map((lg) => CACHE_TAGS.city(lg.slug)));
  const { id: _id, currentSince, establishedOn, abolishedOn, periods, ...rest } = region;
  return {
    region: {
      ...rest,
      currentSince: currentSince && isoDate(currentSince),
      establishedOn: establishedOn && isoDate(establishedOn),
      abolishedOn: abolishedOn && isoDate(abolishedOn),
      periods: periods.map((period) => ({ ...period, validUntil: isoDate(period.validUntil) })),
    },
    localGovernments: localGovernments.map((lg) => toCityListItem(lg, today, schedule)),
  };
}
