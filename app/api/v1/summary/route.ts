// GET /api/v1/summary — the national figures, today or on a day (?asOf=YYYY-MM-DD). See lib/api/.
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request): Promise<Response> {
  return serveApi(request, 'getSummary');
}
