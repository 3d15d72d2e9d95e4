// A request to the public API, from URL to Response: the path's slug and the query are checked
// against the endpoint's schemas (400 or 404 as problem details), the answer comes from the
// cache (./build.ts), and If-None-Match is honoured (./http.ts). Route handlers call only this.
import 'server-only';
import { buildAnswer } from './build';
import { endpoint, type OperationId } from './endpoints';
import { isDatabaseUnavailable } from '@/lib/core/unavailable';
import { isDatabaseAnswering } from '@/lib/health/database-gate';
import { invalidParameters, jsonResponse, problem, problemResponse, unavailableResponse } from './http';
import { parseQuery } from './request';

export async function serveApi(request: Request, operationId: OperationId, path?: Promise<{ slug: string }>): Promise<Response> {
  // The request's URL first: it makes the handler dynamic before anything reads the clock.
  const url = new URL(request.url);
  const instance = `${url.pathname}${url.search}`;
  const row = endpoint(operationId);
  let slug: string | null = null;
  if (row.pathParameters) {
    const parsed = row.pathParameters.safeParse(await path);
    if (!parsed.success) return problemResponse(problem({ status: 404, detail: 'No resource has that name.', instance }));
    slug = parsed.data.slug;
  }
  const query = parseQuery(url.searchParams, row.query);
  if (!query.isValid) return problemResponse(invalidParameters(query.errors, instance));
  let built: Awaited<ReturnType<typeof buildAnswer>>;
  try {
    built = await buildAnswer(operationId, row.canonical?.(query.query) ?? query.query, slug);
  } catch (error) {
    // An error from inside the cache reaches here with its message withheld (a production build
    // sends only a digest across the 'use cache' boundary): while the database does not answer,
    // it is taken for the outage it almost surely is.
    if (isDatabaseUnavailable(error) || !(await isDatabaseAnswering())) return unavailableResponse(instance);
    throw error;
  }
  if (built.isProblem) return problemResponse(problem({ status: built.status, detail: built.detail, instance, errors: built.errors }));
  return jsonResponse(request, { body: built.body, etag: built.etag });
}

/** Any other path under /api/v1. */
export function unknownEndpoint(request: Request): Response {
  const url = new URL(request.url);
  return problemResponse(
    problem({
      status: 404,
      detail: 'No endpoint of the API has this path; see /api/v1/openapi.json.',
      instance: `${url.pathname}${url.search}`,
    }),
  );
}
