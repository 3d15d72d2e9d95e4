// GET /api/v1/regions — the regions, today or on a day (?asOf=YYYY-MM-DD). See lib/api/.
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request): Promise<Response> {
  return serveApi(request, 'listRegions');
}
