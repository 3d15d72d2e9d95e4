// GET /api/v1/offices — offices of education and the local governments each covers. See lib/api/.
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request): Promise<Response> {
  return serveApi(request, 'listOffices');
}
