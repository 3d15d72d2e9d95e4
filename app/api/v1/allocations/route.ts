// GET /api/v1/allocations — published allocations, never drafts (?year=&programme=&region=). See lib/api/.
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request): Promise<Response> {
  return serveApi(request, 'listAllocations');
}
