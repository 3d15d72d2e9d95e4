// The public API's endpoints (issue 6): one row each, read by the route handlers (through
// lib/api/serve.ts), the OpenAPI document (lib/api/openapi.ts), the reference page and the
// contract tests. Client-safe.
import type { z } from 'zod';
import {
  AllocationListSchema,
  AllocationsQuerySchema,
  CitiesQuerySchema,
  CityListSchema,
  CityResourceSchema,
  DesignationListSchema,
  DesignationsQuerySchema,
  NoQuerySchema,
  OfficeListSchema,
  OfficesQuerySchema,
  ProgrammeListSchema,
  ProgrammesQuerySchema,
  RegionListSchema,
  RegionResourceSchema,
  RegionsQuerySchema,
  SlugPathSchema,
  SummaryQuerySchema,
  SummaryResourceSchema,
  NetworksQuerySchema,
  NetworkListSchema,
  NetworkResourceSchema,
  AgreementsQuerySchema,
  AgreementListSchema,
  AgreementResourceSchema,
  OfficersQuerySchema,
  OfficerListSchema,
} from './schemas';

import { defaultCitySort } from '@/lib/cities/schemas';

export const API_BASE = '/api/v1';

export type Endpoint = {
  operationId: OperationId;
  /** The path under API_BASE, in OpenAPI's template form ('/cities/{slug}'). */
  path: string;
  query: z.ZodObject;
  pathParameters?: typeof SlugPathSchema;
  /** The 200 body; null for the OpenAPI document, which describes itself. */
  response: z.ZodType | null;
  /** A paged list, one resource by its slug, one summary of the registry (no slug, no pages), or the document. */
  kind: 'list' | 'resource' | 'summary' | 'document';
  /** What the reference page shows as an example request (and the tests call). */
  example: { query?: Record<string, string>; path?: { slug: string } };
  /**
   * Drops a parameter given as the value it takes anyway when its default depends on another
   * (sort is relevance with q, region without): one question, one cached answer and ETag.
   */
  canonical?: (query: Record<string, unknown>) => Record<string, unknown>;
};

export const OPERATION_IDS = [
  'listRegions',
  'getRegion',
  'listCities',
  'getCity',
  'listDesignations',
  'listOffices',
  'listProgrammes',
  'listAllocations',
  'getSummary',
  'listNetworks',
  'getNetwork',
  'listAgreements',
  'getAgreement',
  'listAssociationOfficers',
  'getOpenApiDocument',
] as const;
export type OperationId = (typeof OPERATION_IDS)[number];

export const ENDPOINTS: readonly Endpoint[] = [
  {
    operationId: 'listRegions',
    path: '/regions',
    query: RegionsQuerySchema,
    response: RegionListSchema,
    kind: 'list',
    example: { query: { asOf: '2019-10-01' } },
  },
  {
    operationId: 'getRegion',
    path: '/regions/{slug}',
    query: NoQuerySchema,
    pathParameters: SlugPathSchema,
    response: RegionResourceSchema,
    kind: 'resource',
    example: { path: { slug: 'seoul' } },
  },
  {
    operationId: 'listCities',
    path: '/cities',
    query: CitiesQuerySchema,
    response: CityListSchema,
    kind: 'list',
    example: { query: { region: 'seoul', pageSize: '10' } },
    canonical: (query) =>
      query.sort === defaultCitySort(typeof query.q === 'string' ? query.q : undefined) ? { ...query, sort: undefined } : query,
  },
  {
    operationId: 'getCity',
    path: '/cities/{slug}',
    query: NoQuerySchema,
    pathParameters: SlugPathSchema,
    response: CityResourceSchema,
    kind: 'resource',
    example: { path: { slug: 'seoul-yangcheon-gu' } },
  },
  {
    operationId: 'listDesignations',
    path: '/designations',
    query: DesignationsQuerySchema,
    response: DesignationListSchema,
    kind: 'list',
    example: { query: { year: '2023' } },
  },
  {
    operationId: 'listOffices',
    path: '/offices',
    query: OfficesQuerySchema,
    response: OfficeListSchema,
    kind: 'list',
    example: { query: { pageSize: '2' } },
  },
  {
    operationId: 'listProgrammes',
    path: '/programmes',
    query: ProgrammesQuerySchema,
    response: ProgrammeListSchema,
    kind: 'list',
    example: { query: { year: '2023' } },
  },
  {
    operationId: 'listAllocations',
    path: '/allocations',
    query: AllocationsQuerySchema,
    response: AllocationListSchema,
    kind: 'list',
    example: { query: { year: '2023', programme: 'new-city' } },
  },
  {
    operationId: 'getSummary',
    path: '/summary',
    query: SummaryQuerySchema,
    response: SummaryResourceSchema,
    kind: 'summary',
    example: { query: { asOf: '2023-12-31' } },
  },
  {
    operationId: 'listNetworks',
    path: '/networks',
    query: NetworksQuerySchema,
    response: NetworkListSchema,
    kind: 'list',
    example: { query: { pageSize: '1' } },
  },
  {
    operationId: 'getNetwork',
    path: '/networks/{slug}',
    query: NoQuerySchema,
    pathParameters: SlugPathSchema,
    response: NetworkResourceSchema,
    kind: 'resource',
    example: { path: { slug: 'aplc' } },
  },
  {
    operationId: 'listAgreements',
    path: '/agreements',
    query: AgreementsQuerySchema,
    response: AgreementListSchema,
    kind: 'list',
    example: { query: { standing: 'in_force', on: '2027-06-01' } },
  },
  {
    operationId: 'getAgreement',
    path: '/agreements/{slug}',
    query: NoQuerySchema,
    pathParameters: SlugPathSchema,
    response: AgreementResourceSchema,
    kind: 'resource',
    example: { path: { slug: '2025-02-25-seoul-gimpo' } },
  },
  {
    operationId: 'listAssociationOfficers',
    path: '/association/officers',
    query: OfficersQuerySchema,
    response: OfficerListSchema,
    kind: 'list',
    example: { query: { role: 'chair' } },
  },
  { operationId: 'getOpenApiDocument', path: '/openapi.json', query: NoQuerySchema, response: null, kind: 'document', example: {} },
];

export function endpoint(operationId: OperationId): Endpoint {
  const found = ENDPOINTS.find((candidate) => candidate.operationId === operationId);
  if (!found) throw new Error(`No endpoint ${operationId}`);
  return found;
}

/** The URL path and query of a request to an endpoint, e.g. /api/v1/cities?region=seoul. */
export function endpointUrl(
  row: Pick<Endpoint, 'path'>,
  options: { path?: { slug: string }; query?: Record<string, string> } = {},
): string {
  const path = row.path.replace('{slug}', encodeURIComponent(options.path?.slug ?? ''));
  const query = new URLSearchParams(options.query).toString();
  return `${API_BASE}${path}${query ? `?${query}` : ''}`;
}
