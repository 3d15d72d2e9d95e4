// GET /api/v1/designations — designations with their evaluations and standing. See lib/api/.
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request): Promise<Response> {
  return serveApi(request, 'listDesignations');
}
