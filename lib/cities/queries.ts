import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getEvaluationRules } from '@/lib/designations/queries';
import { localGovernmentExistsOn } from '@/lib/core/existence';
import { designationActiveOn } from '@/lib/designations/in-force';
import { todayInKorea } from '@/lib/core/dates';
import { CITY_LIST_SELECT, type CityListItem, toCityListItem } from './list-item';
import type { CitySearch } from './schemas';
import { isEmptyQuery, parseSearchQuery } from '@/lib/place-names/search-query';
import { sortCities } from './sort';

export { getCityPage, type CityPage } from './city-page';

export async function getCitySlugs(): Promise<string[]> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const rows = await db.localGovernment.findMany({ select: { slug: true }, orderBy: { code: 'asc' } });
  return rows.map((row) => row.slug);
}

export type CitySearchResult = { cities: CityListItem[]; total: number };

/**
 * The public search: name fragments (Korean, initial consonants, romanizations) against the
 * trigram-indexed search columns, then region, years and scope. Cached per search.
 */
export async function searchCities(search: CitySearch, locale: string): Promise<CitySearchResult> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const today = todayInKorea();
  const fragments = parseSearchQuery(search.q);
  const conditions: Prisma.LocalGovernmentWhereInput[] = [
    ...fragments.initials.map((fragment) => ({ searchInitials: { contains: fragment } })),
    ...fragments.jamo.map((fragment) => ({ searchJamo: { contains: fragment } })),
    ...fragments.latin.map((fragment) => ({ searchLatin: { contains: fragment } })),
  ];
  if (search.region) conditions.push({ region: { slug: search.region } });
  // A designation in force today, unless the standing asked for is an ending or none.
  const isStandingOutsideRegistry = search.status === 'cancelled' || search.status === 'withdrawn' || search.status === 'none';
  if ((search.scope === 'designated' && !isStandingOutsideRegistry) || search.from !== undefined || search.to !== undefined) {
    conditions.push(localGovernmentExistsOn(today), { designations: { some: designationActiveOn(today) } });
  }
  if (search.q && isEmptyQuery(fragments)) return { cities: [], total: 0 };
  const [rows, rules] = await Promise.all([
    db.localGovernment.findMany({
      where: { AND: conditions },
      select: { ...CITY_LIST_SELECT, region: { select: { slug: true, shortKo: true, shortEn: true, sortOrder: true } } },
    }),
    getEvaluationRules(),
  ]);
  // Standing and schedule are derived, not stored: filtered here, over at most a few hundred rows.
  const cities = rows
    .map((row) => ({ ...toCityListItem(row, today, rules), regionOrder: row.region.sortOrder }))
    .filter(
      (city) =>
        (search.status === undefined || city.status === search.status) &&
        (search.next === undefined || city.nextEvaluationYear === search.next) &&
        // The years of its first designation (김천시: 2015, designated again in 2026).
        (search.from === undefined || (city.firstYear !== null && city.firstYear >= search.from)) &&
        (search.to === undefined || (city.firstYear !== null && city.firstYear <= search.to)),
    );
  const sorted = sortCities(cities, search.sort, locale).map(({ regionOrder: _order, ...city }) => city);
  return { cities: sorted, total: sorted.length };
}
