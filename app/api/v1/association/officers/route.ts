// GET /api/v1/association/officers — the association's officers and their terms. See lib/api/.
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request): Promise<Response> {
  return serveApi(request, 'listAssociationOfficers');
}
