// One endpoint's answer to one (validated) request, as the JSON text it sends and its ETag.
// Cached per endpoint and canonical parameters: a repeated request costs a lookup, and a 304 a
// lookup and a comparison. Every staff edit invalidates it through the tags the pages use.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { createTranslator } from 'next-intl';
import { CACHE_TAGS } from '@/lib/cache-tags';
import messages from '@/messages/en.json';
import { getCity } from './city-detail';
import { listCities } from './cities';
import { listDesignations } from './designations';
import { API_BASE, endpoint, type OperationId } from './endpoints';
import { etagOf } from './http';
import { listOffices } from './offices';
import { buildOpenApiDocument } from './openapi';
import { listLinks, paginate } from './pagination';
import type { Pagination } from './parameters';
import { getRegion, listRegions } from './regions';
import type { Built, BuiltResource, ParameterError } from './result';
import { listAllocations, listProgrammes } from './subsidies';
import { getSummary } from './summary';
import type { SummaryQuery } from './schemas';

export type Answer =
  { isProblem: false; body: string; etag: string } | { isProblem: true; status: 400 | 404; detail: string; errors?: ParameterError[] };

type Query = Record<string, unknown> & Pagination;

const LISTS: Partial<Record<OperationId, (query: never) => Promise<Built<unknown>>>> = {
  listRegions,
  listCities,
  listDesignations,
  listOffices,
  listProgrammes,
  listAllocations,
};
const RESOURCES: Partial<Record<OperationId, (slug: string) => Promise<BuiltResource<unknown>>>> = { getRegion, getCity };

/** The document in English, the language of the API's identifiers. */
export function englishDocument() {
  const t = createTranslator({ locale: 'en', messages, namespace: 'ApiReference' });
  return buildOpenApiDocument({ text: (key) => t(key as never), has: (key) => t.has(key as never) });
}

const endpointUrlOf = (path: string, asOf: string | undefined) => `${API_BASE}${path}${asOf ? `?asOf=${asOf}` : ''}`;

function answer(value: unknown): Answer {
  const body = JSON.stringify(value);
  return { isProblem: false, body, etag: etagOf(body) };
}

export async function buildAnswer(operationId: OperationId, query: Record<string, unknown>, slug: string | null): Promise<Answer> {
  'use cache';
  // A list shows many local governments; one record carries its own tags (getCityPage, getRegionPage).
  cacheTag(slug === null ? CACHE_TAGS.lists : operationId === 'getRegion' ? CACHE_TAGS.region(slug) : CACHE_TAGS.city(slug));
  cacheLife('hours');
  const row = endpoint(operationId);
  const list = LISTS[operationId];
  const resource = RESOURCES[operationId];
  if (list) {
    const built = await list(query as never);
    if (built.isProblem) return { isProblem: true, status: built.status, detail: built.detail, errors: built.errors };
    const pageQuery = query as Query;
    const { data, meta } = paginate(built.items, pageQuery);
    const links = listLinks({
      path: `${API_BASE}${row.path}`,
      query: pageQuery,
      defaults: row.query.parse({}),
      order: Object.keys(row.query.shape),
      pageCount: meta.pageCount,
    });
    return answer({ data, meta: built.asOf ? { ...meta, asOf: built.asOf } : meta, links });
  }
  if (resource && slug !== null) {
    const built = await resource(slug);
    if (built.isProblem) return { isProblem: true, status: built.status, detail: built.detail };
    return answer({ data: built.resource, links: { self: `${API_BASE}${row.path.replace('{slug}', slug)}` } });
  }
  if (operationId === 'getSummary') {
    const query_ = query as SummaryQuery;
    return answer({ data: await getSummary(query_), links: { self: endpointUrlOf(row.path, query_.asOf) } });
  }
  return answer(englishDocument());
}
