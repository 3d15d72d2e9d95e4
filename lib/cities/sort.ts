// Orders of the city lists. Korean names sort in 가나다 order, English ones alphabetically;
// a city with no known designation year goes last when sorting by year.
import type { CityListItem } from './list-item';
import { intlLocale, localName } from '@/lib/core/names';

/** relevance: how well a city matches the query (lib/place-names/search-rank.ts); the default with one. */
export const CITY_SORTS = ['relevance', 'name', 'region', 'year', 'year-desc'] as const;
export type CitySort = (typeof CITY_SORTS)[number];

type Sortable = Pick<CityListItem, 'nameKo' | 'nameEn' | 'firstYear' | 'code'> & { regionOrder: number };

export function sortCities<T extends Sortable>(cities: T[], sort: CitySort, locale: string): T[] {
  const collator = new Intl.Collator(intlLocale(locale), { sensitivity: 'base', numeric: true });
  // A unit with no known code (abolished before the code lists) sorts by name among its region's.
  const byCode = (a: T, b: T) => (a.code ?? '').localeCompare(b.code ?? '');
  const byName = (a: T, b: T) => collator.compare(localName(a, locale), localName(b, locale)) || byCode(a, b);
  const byRegion = (a: T, b: T) => a.regionOrder - b.regionOrder || byCode(a, b);
  const byYear = (direction: 1 | -1) => (a: T, b: T) => {
    if (a.firstYear === b.firstYear) return byRegion(a, b);
    if (a.firstYear === null) return 1;
    if (b.firstYear === null) return -1;
    return (a.firstYear - b.firstYear) * direction;
  };
  // Without a query there is nothing to be relevant to: relevance is the region order here, and
  // the search orders its matches itself (lib/cities/queries.ts).
  const compare = { relevance: byRegion, name: byName, region: byRegion, year: byYear(1), 'year-desc': byYear(-1) }[sort];
  return [...cities].sort(compare);
}
