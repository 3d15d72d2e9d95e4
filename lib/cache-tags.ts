// Names of the cache tags public reads carry and writes invalidate (house style §6).
export const CACHE_TAGS = {
  /** Regions, local governments, designations, memberships: everything on the public pages. */
  registry: 'registry',
  /** Offices of education and their jurisdictions. */
  offices: 'offices',
  /** Programmes and allocations. */
  subsidies: 'subsidies',
  city: (slug: string) => `city:${slug}`,
} as const;
