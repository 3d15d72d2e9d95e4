// The city search as it travels in the URL (/cities?q=…&region=…&from=…&to=…&sort=…&scope=…).
// Shared by the form and the query; anything malformed falls back to its default, so a
// hand-edited or stale link still shows results.
import { z } from 'zod';
import { DESIGNATION_STATUSES } from '@/lib/designations/status';
import { CITY_SORTS, type CitySort } from './sort';

/** The programme's first designations were in 2001 (Ministry of Education). */
export const FIRST_DESIGNATION_YEAR = 2001;
export const CITY_SEARCH_SCOPES = ['designated', 'all'] as const;

/** Best match first for a query, by region for a list. */
export function defaultCitySort(query: string | undefined): CitySort {
  return query?.trim() ? 'relevance' : 'region';
}

const year = z.coerce.number().int().min(FIRST_DESIGNATION_YEAR).max(2100).optional().catch(undefined);

export const CitySearchSchema = z
  .object({
    q: z.string().trim().max(60).catch('').default(''),
    region: z
      .string()
      .regex(/^[a-z0-9-]{2,40}$/)
      .optional()
      .catch(undefined),
    from: year,
    to: year,
    /** Best match first when there is a query, else by region (defaultCitySort). */
    sort: z.enum(CITY_SORTS).optional().catch(undefined),
    scope: z.enum(CITY_SEARCH_SCOPES).catch('designated').default('designated'),
    /** Standing today (issue 4): a phase in force, an ending, or none. */
    status: z.enum(DESIGNATION_STATUSES).optional().catch(undefined),
    /** Year the next re-designation evaluation falls due. */
    next: z.coerce.number().int().min(2020).max(2100).optional().catch(undefined),
  })
  .transform((raw) => {
    const search = { ...raw, sort: raw.sort ?? defaultCitySort(raw.q) };
    const isReversed = search.from !== undefined && search.to !== undefined && search.from > search.to;
    return isReversed
      ? { ...search, from: search.to, to: search.from, wasYearRangeReversed: true }
      : { ...search, wasYearRangeReversed: false };
  });

export type CitySearch = z.infer<typeof CitySearchSchema>;

/** Reads the search from URL search params (the first value of each key). */
export function parseCitySearch(params: Record<string, string | string[] | undefined>): CitySearch {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return CitySearchSchema.parse({
    q: first(params.q) ?? '',
    region: first(params.region) || undefined,
    from: first(params.from) || undefined,
    to: first(params.to) || undefined,
    sort: first(params.sort) || undefined,
    scope: first(params.scope) || undefined,
    status: first(params.status) || undefined,
    next: first(params.next) || undefined,
  });
}

/** What searchCities accepts when called directly: a parsed search, nothing longer or stranger. */
export const CitySearchArgumentSchema = z.strictObject({
  q: z.string().max(60),
  region: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/)
    .optional(),
  from: z.number().int().min(FIRST_DESIGNATION_YEAR).max(2100).optional(),
  to: z.number().int().min(FIRST_DESIGNATION_YEAR).max(2100).optional(),
  sort: z.enum(CITY_SORTS),
  scope: z.enum(CITY_SEARCH_SCOPES),
  status: z.enum(DESIGNATION_STATUSES).optional(),
  next: z.number().int().min(2020).max(2100).optional(),
  wasYearRangeReversed: z.boolean(),
});
