// GET /api/health: 200 when the database answers, 503 when it does not. Never cached.
import { healthResponse } from '@/lib/health/response';
import { checkDatabase } from '@/lib/health/queries';

export async function GET(): Promise<Response> {
  return healthResponse(await checkDatabase());
}
