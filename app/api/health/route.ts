// GET /api/health: 200 when the database answers, 503 when it does not. Never cached.
import { checkDatabase } from '@/lib/health/queries';

export async function GET(): Promise<Response> {
  const database = await checkDatabase();
  return Response.json(
    { status: database.isReachable ? 'ok' : 'unavailable', database },
    { status: database.isReachable ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
