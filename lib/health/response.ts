import type { DatabaseHealth } from './queries';

export function healthResponse(database: DatabaseHealth): Response {
  return Response.json(
    { status: database.isReachable ? 'ok' : 'unavailable', database },
    { status: database.isReachable ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
