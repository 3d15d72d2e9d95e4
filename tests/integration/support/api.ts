// Calls the public API's route handlers as Next would, by URL: each GET imported and called
// with a Request (and its [slug]), without a server. Also the OpenAPI document's schemas as
// ajv validators, for the contract tests.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { GET as allocations } from '@/app/api/v1/allocations/route';
import { GET as cities } from '@/app/api/v1/cities/route';
import { GET as city } from '@/app/api/v1/cities/[slug]/route';
import { GET as designations } from '@/app/api/v1/designations/route';
import { GET as offices } from '@/app/api/v1/offices/route';
import { GET as openapi } from '@/app/api/v1/openapi.json/route';
import { GET as programmes } from '@/app/api/v1/programmes/route';
import { GET as regions } from '@/app/api/v1/regions/route';
import { GET as networks } from '@/app/api/v1/networks/route';
import { GET as network } from '@/app/api/v1/networks/[slug]/route';
import { GET as agreements } from '@/app/api/v1/agreements/route';
import { GET as agreement } from '@/app/api/v1/agreements/[slug]/route';
import { GET as officers } from '@/app/api/v1/association/officers/route';
import { GET as region } from '@/app/api/v1/regions/[slug]/route';
import { GET as summary } from '@/app/api/v1/summary/route';
import { GET as unknown } from '@/app/api/v1/[...path]/route';
import type { OpenApiDocument } from '@/lib/api/openapi';

const LISTS: Record<string, (request: Request) => Promise<Response>> = {
  allocations,
  cities,
  designations,
  offices,
  programmes,
  regions,
  summary,
  networks,
  agreements,
  'association/officers': officers,
  'openapi.json': openapi,
};
const RESOURCES: Record<string, (request: Request, context: { params: Promise<{ slug: string }> }) => Promise<Response>> = {
  cities: city,
  regions: region,
  networks: network,
  agreements: agreement,
};

/** GET a path of the API ('/api/v1/cities?region=seoul'), with request headers if given. */
export async function callApi(pathAndQuery: string, headers: Record<string, string> = {}): Promise<Response> {
  const request = new Request(`http://localhost${pathAndQuery}`, { headers });
  const segments = new URL(request.url).pathname.replace(/^\/api\/v1\//, '').split('/');
  const [collection = '', slug, ...rest] = segments;
  if (rest.length === 0 && LISTS[segments.join('/')]) return LISTS[segments.join('/')]!(request);
  if (slug === undefined && LISTS[collection]) return LISTS[collection](request);
  if (slug !== undefined && rest.length === 0 && RESOURCES[collection]) {
    return RESOURCES[collection](request, { params: Promise.resolve({ slug: decodeURIComponent(slug) }) });
  }
  return unknown(request);
}

const DOCUMENT_ID = 'https://registry.test/api/v1/openapi.json';
type Operation = OpenApiDocument['paths'][string]['get'];
type MediaTypes = Record<string, { schema: { $ref?: string } }>;

/** ajv (JSON Schema 2020-12, strict) holding the whole document, so its $refs resolve as written. */
export function documentValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  // The document's own keywords are not JSON Schema: known to ajv, but not validated as such.
  ajv.addVocabulary(['openapi', 'info', 'servers', 'paths', 'components']);
  ajv.addFormat('date', {
    type: 'string',
    validate: (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
  });
  ajv.addFormat('uri', { type: 'string', validate: (value: string) => /^https?:\/\/\S+$/.test(value) && URL.canParse(value) });
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const compiled = new Map<string, ValidateFunction>();
  const validatorFor = (ref: string) => {
    if (!compiled.has(ref)) compiled.set(ref, ajv.compile({ $ref: `${DOCUMENT_ID}${ref}` }));
    return compiled.get(ref)!;
  };

  /** The documented operation for a request path: /api/v1/cities/x matches /cities/{slug}. */
  const operationFor = (pathname: string): Operation | null => {
    const path = pathname.replace(/^\/api\/v1/, '');
    for (const [template, item] of Object.entries(document.paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+').replace('.', '\\.')}$`);
      if (pattern.test(path)) return item.get;
    }
    return null;
  };

  /** The response of the documented status, its media type and the validator of its schema. */
  const responseFor = (operation: Operation | null, status: number) => {
    if (!operation) return null;
    let response = operation.responses[String(status)] as { $ref?: string; content?: MediaTypes } | undefined;
    if (response?.$ref) {
      const name = response.$ref.replace('#/components/responses/', '');
      response = document.components.responses[name] as { content?: MediaTypes };
    }
    if (!response) return null;
    const [mediaType, content] = Object.entries(response.content ?? {})[0] ?? [];
    return { mediaType: mediaType ?? null, validate: content?.schema.$ref ? validatorFor(content.schema.$ref) : null };
  };

  return { operationFor, responseFor, validatorFor };
}
