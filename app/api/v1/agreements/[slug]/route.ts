// GET /api/v1/agreements/{slug} — one agreement, its terms and text. See lib/api/.
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request, { params }: RouteContext<'/api/v1/agreements/[slug]'>): Promise<Response> {
  return serveApi(request, 'getAgreement', params);
}
