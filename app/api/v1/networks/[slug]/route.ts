// GET /api/v1/networks/{slug} — one network, its Korean members, counts and awards. See lib/api/.
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request, { params }: RouteContext<'/api/v1/networks/[slug]'>): Promise<Response> {
  return serveApi(request, 'getNetwork', params);
}
