// The public API's parameters (issue 6), as zod schemas. The route handlers validate every
// request with them and lib/api/openapi.ts turns them into the OpenAPI document's parameters,
// so the document cannot drift from what the API accepts. Unlike the search page, which falls
// back to defaults on a bad value, the API refuses it: a typo must not silently answer another
// question. Client-safe.
import { z } from 'zod';
import { CITY_SEARCH_SCOPES, FIRST_DESIGNATION_YEAR } from '@/lib/cities/schemas';
import { CITY_SORTS } from '@/lib/cities/sort';
import { DESIGNATION_STATUSES } from '@/lib/designations/status';
import { FIRST_DAY } from '@/lib/registry/schemas';
import { AGREEMENT_TOPICS, STANDING_FILTERS } from '@/lib/agreements/filters';
import { OFFICER_ROLES } from '@/lib/association/schemas';
import { isoDate, todayInKorea } from '@/lib/core/dates';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SlugParameter = z.string().max(80).regex(SLUG);

const year = z.coerce.number().int().min(FIRST_DESIGNATION_YEAR).max(2100);

/** A day in Korea (YYYY-MM-DD) that exists, from the first designations (2001) to today. */
const asOf = z.iso
  .date()
  .refine((day) => day >= FIRST_DAY, { error: `must be ${FIRST_DAY} or later: the first designations were made in 2001` })
  .refine((day) => day <= isoDate(todayInKorea()), { error: 'must not be after today (Asia/Seoul)' });

const pagination = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
};

export const RegionsQuerySchema = z.strictObject({ asOf: asOf.optional(), ...pagination });

export const CitiesQuerySchema = z
  .strictObject({
    q: z.string().trim().min(1).max(60).optional(),
    region: SlugParameter.optional(),
    from: year.optional(),
    to: year.optional(),
    status: z.enum(DESIGNATION_STATUSES).optional(),
    next: z.coerce.number().int().min(2020).max(2100).optional(),
    scope: z.enum(CITY_SEARCH_SCOPES).default('designated'),
    /** Default: relevance with q, region without (lib/cities/schemas.ts, defaultCitySort). */
    sort: z.enum(CITY_SORTS).optional(),
    asOf: asOf.optional(),
    ...pagination,
  })
  .superRefine((query, context) => {
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      context.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    }
    // The registry of a past day lists the cities designated that day (lib/registry/queries.ts).
    if (query.asOf !== undefined && query.scope === 'all') {
      context.addIssue({
        code: 'custom',
        path: ['scope'],
        message: 'scope=all cannot be combined with asOf: the registry of a day lists the cities designated that day',
      });
    }
  });

export const DesignationsQuerySchema = z.strictObject({
  year: year.optional(),
  status: z.enum(DESIGNATION_STATUSES).optional(),
  ...pagination,
});

export const OfficesQuerySchema = z.strictObject({ ...pagination });

/** One summary, not a list: no pages. */
export const SummaryQuerySchema = z.strictObject({ asOf: asOf.optional() });

export const ProgrammesQuerySchema = z.strictObject({ year: year.optional(), ...pagination });

export const AllocationsQuerySchema = z.strictObject({
  year: year.optional(),
  programme: SlugParameter.optional(),
  region: SlugParameter.optional(),
  ...pagination,
});

export const NetworksQuerySchema = z.strictObject({ ...pagination });

/** A day in Korea (YYYY-MM-DD) that exists, past or future: an agreement's standing follows from its rules on any day. */
const anyDay = z.iso
  .date()
  .refine((day) => day >= '2000-01-01' && day <= '2100-12-31', { error: 'must be between 2000-01-01 and 2100-12-31' });

export const AgreementsQuerySchema = z.strictObject({
  party: SlugParameter.optional(),
  topic: z.enum(AGREEMENT_TOPICS).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  standing: z.enum(STANDING_FILTERS).optional(),
  on: anyDay.optional(),
  ...pagination,
});

export const OfficersQuerySchema = z.strictObject({ role: z.enum(OFFICER_ROLES).optional(), ...pagination });

export const SlugPathSchema = z.strictObject({ slug: SlugParameter });

/** Parameters of an endpoint that takes none but the page (the OpenAPI document itself). */
export const NoQuerySchema = z.strictObject({});

export type RegionsQuery = z.output<typeof RegionsQuerySchema>;
export type CitiesQuery = z.output<typeof CitiesQuerySchema>;
export type DesignationsQuery = z.output<typeof DesignationsQuerySchema>;
export type OfficesQuery = z.output<typeof OfficesQuerySchema>;
export type SummaryQuery = z.output<typeof SummaryQuerySchema>;
export type ProgrammesQuery = z.output<typeof ProgrammesQuerySchema>;
export type AllocationsQuery = z.output<typeof AllocationsQuerySchema>;
export type NetworksQuery = z.output<typeof NetworksQuerySchema>;
export type AgreementsQuery = z.output<typeof AgreementsQuerySchema>;
export type OfficersQuery = z.output<typeof OfficersQuerySchema>;
export type Pagination = { page: number; pageSize: number };
