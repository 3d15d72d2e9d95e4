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
  /** Networks and their memberships (issue 15): the network pages, their API answers and downloads. */
  networks: 'networks',
  /** Agreements, their parties and notices: the agreement pages and diagram, their API answers and downloads. */
  agreements: 'agreements',
  /** The association's history, officers and member counts: its page, API answer and download. */
  association: 'association',
} as const;

export type PartnershipTag = typeof CACHE_TAGS.networks | typeof CACHE_TAGS.agreements | typeof CACHE_TAGS.association;

/**
 * What an edit of networks, agreements or the association expires (issue 15): their own pages,
 * and the page of each local government involved (a city page shows its networks and agreements
 * under its own `city:` tag). Not the lists: nothing else shows these records, and those pages
 * carry `lists` only so that a local government's rename reaches them.
 */
export function changedPartnerships({
  tags,
  cities = [],
}: {
  tags: readonly PartnershipTag[];
  cities?: readonly (string | null)[];
}): string[] {
  const present = [...new Set(cities.filter((value): value is string => Boolean(value)))];
  return [...new Set(tags), ...present.map(CACHE_TAGS.city)];
}

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
