// The subsidy dashboard's filters, read from the URL (a GET form: they work without JavaScript,
// can be bookmarked, and the exports take the same ones). A value that is not valid is dropped,
// never an error: the page then says which filters it applied.
import { z } from 'zod';
import type { AllocationStatus } from '@/lib/generated/prisma/enums';

/** "allocated" (the default) is the money announced or paid out: announced and disbursed. */
export const STATUS_FILTERS = ['allocated', 'announced', 'disbursed', 'returned', 'draft'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/**
 * Which region an allocation counts under: the region its recipient belongs to today (the
 * default, as every public page reads regions), or the one it belonged to when the programme was
 * announced (before a merger: 광주 and 전남 rather than 전남광주).
 */
export const REGION_BASES = ['current', 'announced'] as const;
export type RegionBasis = (typeof REGION_BASES)[number];

export type SubsidyFilters = {
  year: number | null;
  /** A programme line across years ('new-city'). */
  programme: string | null;
  /** A region's slug; allocations count under their recipient's region as `regionBasis` says. */
  region: string | null;
  regionBasis: RegionBasis;
  /** A local government's slug. */
  city: string | null;
  status: StatusFilter;
};

export const NO_FILTERS: SubsidyFilters = {
  year: null,
  programme: null,
  region: null,
  regionBasis: 'current',
  city: null,
  status: 'allocated',
};

const slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const year = z.coerce.number().int().min(2001).max(2100);
const status = z.enum(STATUS_FILTERS);
const regionBasis = z.enum(REGION_BASES);

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: Params, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

function valid<T>(schema: z.ZodType<T>, value: string | undefined): T | null {
  if (value === undefined || value.trim() === '') return null;
  const parsed = schema.safeParse(value.trim());
  return parsed.success ? parsed.data : null;
}

export function parseSubsidyFilters(params: Params): SubsidyFilters {
  return {
    year: valid(year, first(params, 'year')),
    programme: valid(slug, first(params, 'programme')),
    region: valid(slug, first(params, 'region')),
    regionBasis: valid(regionBasis, first(params, 'regionAt')) ?? 'current',
    city: valid(slug, first(params, 'city')),
    status: valid(status, first(params, 'status')) ?? 'allocated',
  };
}

/** The allocation statuses a status filter stands for. */
export function statusesOf(filter: StatusFilter): AllocationStatus[] {
  return filter === 'allocated' ? ['announced', 'disbursed'] : [filter];
}

/** The filters as a query string, without the defaults: for links and the export URLs. */
export function filterQuery(filters: SubsidyFilters, changes: Partial<SubsidyFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const query = new URLSearchParams();
  if (merged.year !== null) query.set('year', String(merged.year));
  if (merged.programme) query.set('programme', merged.programme);
  if (merged.region) query.set('region', merged.region);
  if (merged.regionBasis !== 'current') query.set('regionAt', merged.regionBasis);
  if (merged.city) query.set('city', merged.city);
  if (merged.status !== 'allocated') query.set('status', merged.status);
  const text = query.toString();
  return text ? `?${text}` : '';
}
