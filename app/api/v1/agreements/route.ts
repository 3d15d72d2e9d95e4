// GET /api/v1/agreements — agreements with their term as rules and standing on a day. See lib/api/.
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request): Promise<Response> {
  return serveApi(request, 'listAgreements');
}
