import { isDatabaseUnavailable } from '@/lib/core/unavailable';
import type { DatabaseHealth } from './queries';

export function healthResponse(database: DatabaseHealth): Response {
  return Response.json(
    { status: database.isReachable ? 'ok' : 'unavailable', database },
    { status: database.isReachable ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}

/** Seconds a client should wait before asking again (the API says the same: lib/api/http.ts). */
export const RETRY_AFTER_SECONDS = 5;

/** For a route handler's catch: 503 with Retry-After when the database could not answer; anything else rethrown. */
export function serviceUnavailable(error: unknown): Response {
  if (!isDatabaseUnavailable(error)) throw error;
  return new Response('Service temporarily unavailable: the database is not answering. Try again shortly.\n', {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_AFTER_SECONDS) },
  });
}
