// GET /api/v1/regions/{slug} — a region, its history and its local governments. See lib/api/.
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request, { params }: RouteContext<'/api/v1/regions/[slug]'>): Promise<Response> {
  return serveApi(request, 'getRegion', params);
}
