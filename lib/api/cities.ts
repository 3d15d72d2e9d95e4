// /api/v1/cities and /api/v1/cities/{slug}: the search page's query (today) or the registry of
// a past day (asOf), and the city page's read, as the API's shapes.
import 'server-only';
import type { CityListItem } from '@/lib/cities/list-item';
import { searchCities } from '@/lib/cities/queries';
import { type CitySearch, defaultCitySort } from '@/lib/cities/schemas';
import { sortCities } from '@/lib/cities/sort';
import { getRegistryAsOf } from '@/lib/registry/queries';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import { getCodesOn } from './queries';
import { isKnownRegion } from './known';
import { type Built, unknownValue } from './result';
import type { CitiesQuery, City } from './schemas';

export function toApiCity(city: CityListItem): City {
  return {
    slug: city.slug,
    code: city.code,
    kind: city.kind,
    nameKo: city.nameKo,
    nameEn: city.nameEn,
    region: { slug: city.region.slug, shortKo: city.region.shortKo, shortEn: city.region.shortEn },
    isCurrent: city.isCurrent,
    isDesignated: city.isDesignated,
    firstYear: city.firstYear,
    designatedByYear: city.designatedByYear,
    status: city.status,
    nextEvaluationYear: city.nextEvaluationYear,
    isOutcomeMissing: city.isOutcomeMissing,
  };
}

const search = (query: CitiesQuery, scope: CitySearch['scope']): CitySearch => ({
  q: query.q ?? '',
  region: query.region,
  from: query.from,
  to: query.to,
  sort: query.sort ?? defaultCitySort(query.q),
  scope,
  status: query.status,
  next: query.next,
  wasYearRangeReversed: false,
});

/**
 * Cities as the search page finds them (names sorted in Korean order), or with asOf the cities
 * designated that day, with their names, region and standing of that day; q then matches the
 * names the search knows (every name a city has had) and keeps the cities of that day it found.
 */
export async function listCities(query: CitiesQuery): Promise<Built<City>> {
  if (query.region !== undefined && !(await isKnownRegion(query.region))) return unknownValue('region', query.region, 'region');
  if (query.asOf === undefined) {
    const { cities } = await searchCities(search(query, query.scope), 'ko');
    return { items: cities.map(toApiCity), asOf: isoDate(todayInKorea()) };
  }
  const [registry, codes, found] = await Promise.all([
    getRegistryAsOf(query.asOf),
    getCodesOn(query.asOf),
    query.q === undefined
      ? null
      : searchCities(
          search({ ...query, region: undefined, from: undefined, to: undefined, status: undefined, next: undefined }, 'all'),
          'ko',
        ),
  ]);
  const matching = found && new Set(found.cities.map((city) => city.slug));
  const cities = registry.regions.flatMap((region, regionOrder) =>
    region.cities.map((city) => ({
      slug: city.slug,
      code: codes.localGovernments[city.slug] ?? null,
      kind: city.kind,
      nameKo: city.nameKo,
      nameEn: city.nameEn,
      region: { slug: region.slug, shortKo: region.shortKo, shortEn: region.shortEn },
      isCurrent: true,
      isDesignated: true,
      firstYear: city.firstYear,
      designatedByYear: city.designatedByYear,
      status: city.status,
      nextEvaluationYear: city.nextEvaluationYear,
      isOutcomeMissing: city.isOutcomeMissing,
      regionOrder,
    })),
  );
  const chosen = cities.filter(
    (city) =>
      (matching === null || matching.has(city.slug)) &&
      (query.region === undefined || city.region.slug === query.region) &&
      (query.from === undefined || (city.firstYear !== null && city.firstYear >= query.from)) &&
      (query.to === undefined || (city.firstYear !== null && city.firstYear <= query.to)) &&
      (query.status === undefined || city.status === query.status) &&
      (query.next === undefined || city.nextEvaluationYear === query.next),
  );
  const sort = query.sort ?? defaultCitySort(query.q);
  // Best match first: in the order the search ranked the cities it found.
  const rank = new Map(found?.cities.map((city, index) => [city.slug, index]));
  const sorted =
    sort === 'relevance' && found
      ? [...chosen].sort((a, b) => (rank.get(a.slug) ?? 0) - (rank.get(b.slug) ?? 0))
      : sortCities(chosen, sort, 'ko');
  return { items: sorted.map(({ regionOrder: _order, ...city }) => city), asOf: registry.asOf };
}
