// GET /api/v1/cities — the search page's filters, or the registry of a day (?asOf=). See lib/api/.
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request): Promise<Response> {
  return serveApi(request, 'listCities');
}
