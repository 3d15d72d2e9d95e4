// Names of the cache tags public reads carry and writes invalidate (house style §6). An edit
// expires what shows the records it touched, not every page: one local government's pages, the
// region pages that list it, and the lists and national figures.
//   - a city page carries `city:<slug>` (and its neighbours' in the lineage, whose names it shows)
//     and `evaluation-rules` (its timeline follows them);
//   - a region page carries `region:<slug>` and the `city:` tag of each local government it lists;
//   - every list or national figure (home, registry, search, statistics, map, offices, open data,
//     the API's lists, downloads, sitemap) carries `lists`.
// tests/e2e/signed-in/invalidation.spec.ts counts the pages one edit regenerates.
export const CACHE_TAGS = {
  /** Lists and national figures: anything that shows many local governments at once. */
  lists: 'lists',
  /** The re-designation rules and what sources say of whole rounds: every timeline. */
  evaluationRules: 'evaluation-rules',
  /** One local government: its page, its API record, and the region pages that list it. */
  city: (slug: string) => `city:${slug}`,
  /** One region's page: which local governments it lists. */
  region: (slug: string) => `region:${slug}`,
} as const;

/** What an edit expires: the lists, and the pages of the local governments and regions it touched. */
export function changedPages({
  cities = [],
  regions = [],
}: {
  cities?: readonly (string | null)[];
  regions?: readonly (string | null)[];
}): string[] {
  const present = (values: readonly (string | null)[]) => [...new Set(values.filter((value): value is string => Boolean(value)))];
  return [CACHE_TAGS.lists, ...present(cities).map(CACHE_TAGS.city), ...present(regions).map(CACHE_TAGS.region)];
}
