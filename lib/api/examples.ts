// The reference page's examples: each endpoint's example request answered by the API's own code
// (./build.ts, the cached answers the route handlers send), and a problem as page=0 gets it.
// Cached, so the page is prerendered and the data read once.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { buildAnswer } from './build';
import { displayJson } from './display';
import { ENDPOINTS, endpoint, endpointUrl, type OperationId } from './endpoints';
import { invalidParameters } from './http';
import { parseQuery } from './request';

export type ApiExamples = {
  endpoints: Partial<Record<OperationId, { url: string; response: string | null }>>;
  problem: { url: string; response: string };
};

export async function getApiExamples(): Promise<ApiExamples> {
  'use cache';
  cacheTag(CACHE_TAGS.lists, CACHE_TAGS.networks, CACHE_TAGS.agreements, CACHE_TAGS.association);
  cacheLife('hours');
  const endpoints: ApiExamples['endpoints'] = {};
  for (const row of ENDPOINTS) {
    const url = endpointUrl(row, row.example);
    const parsed = parseQuery(new URLSearchParams(row.example.query), row.query);
    if (row.kind === 'document' || !parsed.isValid) {
      endpoints[row.operationId] = { url, response: null };
      continue;
    }
    const answer = await buildAnswer(row.operationId, parsed.query, row.example.path?.slug ?? null);
    endpoints[row.operationId] = { url, response: answer.isProblem ? null : displayJson(JSON.parse(answer.body)) };
  }
  const badUrl = endpointUrl(endpoint('listCities'), { query: { page: '0' } });
  const bad = parseQuery(new URLSearchParams({ page: '0' }), endpoint('listCities').query);
  const example = invalidParameters(bad.isValid ? [] : bad.errors, badUrl);
  return { endpoints, problem: { url: badUrl, response: JSON.stringify(example, null, 2) } };
}
