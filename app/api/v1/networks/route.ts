// GET /api/v1/networks — international networks with their Korean members. See lib/api/.
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request): Promise<Response> {
  return serveApi(request, 'listNetworks');
}
