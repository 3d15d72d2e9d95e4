// GET /api/v1/openapi.json — the API's OpenAPI 3.1 document, generated from its zod schemas (lib/api/openapi.ts).
import { serveApi } from '@/lib/api/serve';

export async function GET(request: Request): Promise<Response> {
  return serveApi(request, 'getOpenApiDocument');
}
