// GET /api/v1/programmes — subsidy programmes (?year=). See lib/api/.
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request): Promise<Response> {
  return serveApi(request, 'listProgrammes');
}
