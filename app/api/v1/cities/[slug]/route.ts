// GET /api/v1/cities/{slug} — what a city's page shows, as data. See lib/api/.
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request, { params }: RouteContext<'/api/v1/cities/[slug]'>): Promise<Response> {
  return serveApi(request, 'getCity', params);
}
