// Any other path under /api/v1: a 404 as problem details, not the site's HTML page.
import { unknownEndpoint } from '@/lib/api/serve';

export function GET(request: Request): Response {
  return unknownEndpoint(request);
}
