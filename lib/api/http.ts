// The API's HTTP conventions: a strong ETag (a hash of the body) on every 200, a 304 with no
// body when If-None-Match names it, short public caching, CORS for browsers, and errors as
// RFC 9457 problem details.
import { createHash } from 'node:crypto';
import type { ParameterError } from './result';
import type { Problem } from './schemas';

/** Five minutes fresh, then served stale for up to an hour while a cache revalidates. */
export const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

const COMMON_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
  'X-Content-Type-Options': 'nosniff',
};

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): W/"x" matches "x"; * matches anything. */
export function isNotModified(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

export function jsonResponse(request: Request, options: { body: string; etag: string; contentType?: string }): Response {
  const headers = { ...COMMON_HEADERS, ETag: options.etag, 'Cache-Control': CACHE_CONTROL };
  if (isNotModified(request.headers.get('if-none-match'), options.etag)) return new Response(null, { status: 304, headers });
  return new Response(options.body, { status: 200, headers: { ...headers, 'Content-Type': options.contentType ?? 'application/json' } });
}

export const PROBLEM_TYPES = {
  400: { type: '/developers#problem-invalid-parameters', title: 'Invalid parameters' },
  404: { type: '/developers#problem-not-found', title: 'Not found' },
  503: { type: '/developers#problem-unavailable', title: 'Service unavailable' },
} as const;

/** Seconds a client should wait before asking again when the database cannot answer. */
export const RETRY_AFTER_SECONDS = 5;

export function problem(options: { status: 400 | 404 | 503; detail: string; instance: string; errors?: Problem['errors'] }): Problem {
  return {
    ...PROBLEM_TYPES[options.status],
    status: options.status,
    detail: options.detail,
    instance: options.instance,
    ...(options.errors ? { errors: options.errors } : {}),
  };
}

export function invalidParameters(errors: ParameterError[], instance: string): Problem {
  const names = [...new Set(errors.map((error) => error.name))].join(', ');
  return problem({ status: 400, detail: `The request’s parameters are not valid: ${names}.`, instance, errors });
}

/** Errors are not cached: a 404 may become a 200 as soon as staff add the record. */
export function problemResponse(body: Problem): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: {
      ...COMMON_HEADERS,
      'Content-Type': 'application/problem+json',
      'Cache-Control': 'no-store',
      ...(body.status === 503 ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : {}),
    },
  });
}

/** The database could not answer within its timeouts (lib/db.ts): try again shortly (issue 13). */
export function unavailableResponse(instance: string): Response {
  return problemResponse(problem({ status: 503, detail: 'The registry’s database is not answering; try again shortly.', instance }));
}
