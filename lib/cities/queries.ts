import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { z } from 'zod';
import { checkArguments, LocaleArgument } from '@/lib/core/cached-arguments';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getEvaluationSchedule } from '@/lib/designations/queries';
import { localGovernmentExistsOn } from '@/lib/core/existence';
import { designationActiveOn } from '@/lib/designations/in-force';
import { todayInKorea } from '@/lib/core/dates';
import { CITY_LIST_SELECT, type CityListItem, type FoundBy, toCityListItem } from './list-item';
import { CitySearchArgumentSchema, type CitySearch } from './schemas';
import { isEmptyQuery, parseSearchQuery, termCondition } from '@/lib/place-names/search-query';
import type { SearchName } from '@/lib/place-names/search-keys';
import { compareMatches, compareVias, matchSearch, type SearchMatch } from '@/lib/place-names/search-rank';
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

/** What a search result says it was found by, when not the city's own name today. */
function foundBy(match: SearchMatch | null): FoundBy | null {
  if (!match || match.name.via === 'current') return null;
  const { via, nameKo, nameEn, kind, regionShortKo, regionShortEn, until, changes } = match.name;
  return { via, nameKo, nameEn, kind, regionShortKo, regionShortEn, changes, year: until ? Number(until.slice(0, 4)) : null };
}

/**
 * The public search: each term of the query (Korean, initial consonants, romanizations old and
 * new) against the trigram-indexed search columns, then region, years and scope; the matches
 * ranked exact > prefix > word > substring (lib/place-names/search-rank.ts) unless another order
 * is asked for. Cached per search.
 */
export async function searchCities(search: CitySearch, locale: string): Promise<CitySearchResult> {
  'use cache';
  checkArguments('searchCities', z.tuple([CitySearchArgumentSchema, LocaleArgument]), [search, locale]);
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const today = todayInKorea();
  const terms = parseSearchQuery(search.q);
  const conditions: Prisma.LocalGovernmentWhereInput[] = terms.map(termCondition);
  if (search.region) conditions.push({ region: { slug: search.region } });
  // A designation in force today, unless the standing asked for is an ending or none.
  const isStandingOutsideRegistry = search.status === 'cancelled' || search.status === 'withdrawn' || search.status === 'none';
  if ((search.scope === 'designated' && !isStandingOutsideRegistry) || search.from !== undefined || search.to !== undefined) {
    conditions.push(localGovernmentExistsOn(today), { designations: { some: designationActiveOn(today) } });
  }
  if (search.q && isEmptyQuery(terms)) return { cities: [], total: 0 };
  const [rows, schedule] = await Promise.all([
    db.localGovernment.findMany({
      where: { AND: conditions },
      select: {
        ...CITY_LIST_SELECT,
        region: { select: { slug: true, shortKo: true, shortEn: true, sortOrder: true } },
        // The search document, only when there is something to rank (it is the largest column).
        searchNames: terms.length > 0,
      },
    }),
    getEvaluationSchedule(),
  ]);
  // Standing and schedule are derived, not stored: filtered here, over at most a few hundred rows.
  const cities = rows
    .map((row) => {
      const match = terms.length > 0 ? matchSearch(terms, (row.searchNames ?? []) as SearchName[]) : null;
      return { ...toCityListItem(row, today, schedule), foundBy: foundBy(match), regionOrder: row.region.sortOrder, match };
    })
    .filter(
      (city) =>
        (terms.length === 0 || city.match !== null) &&
        (search.status === undefined || city.status === search.status) &&
        (search.next === undefined || city.nextEvaluationYear === search.next) &&
        // The years of its first designation (김천시: 2015, designated again in 2026).
        (search.from === undefined || (city.firstYear !== null && city.firstYear >= search.from)) &&
        (search.to === undefined || (city.firstYear !== null && city.firstYear <= search.to)),
    );
  const sorted =
    search.sort === 'relevance' && terms.length > 0
      ? [...cities].sort(
          (a, b) =>
            compareMatches(a.match!, b.match!) ||
            Number(b.isCurrent) - Number(a.isCurrent) ||
            compareVias(a.match!, b.match!) ||
            a.regionOrder - b.regionOrder ||
            (a.code ?? '').localeCompare(b.code ?? '') ||
            a.slug.localeCompare(b.slug),
        )
      : sortCities(cities, search.sort, locale);
  const result = sorted.map(({ regionOrder: _order, match: _match, ...city }) => city);
  return { cities: result, total: result.length };
}
