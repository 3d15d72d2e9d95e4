// The OpenAPI 3.1 document of the public API, generated from the zod schemas that validate its
// parameters (./parameters.ts) and describe its responses (./schemas.ts) with zod's own
// z.toJSONSchema (JSON Schema 2020-12, the dialect of OpenAPI 3.1). Nothing in it is written by
// hand but the prose, which comes from the messages (namespace ApiReference), so the reference
// page renders the same document in Korean and /api/v1/openapi.json serves it in English. Pure.
import { z } from 'zod';
import { API_BASE, ENDPOINTS, type Endpoint } from './endpoints';
import { apiSchemas } from './schemas';

/** The prose of the document: message keys under ApiReference. */
export type DocumentText = { text: (key: string) => string; has: (key: string) => boolean };

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema>; required?: string[] };
export type Parameter = { name: string; in: 'query' | 'path'; required: boolean; description: string; schema: JsonSchema };
export type Operation = {
  operationId: string;
  summary: string;
  description: string;
  parameters: Parameter[];
  responses: Record<string, unknown>;
};
export type OpenApiDocument = {
  openapi: '3.1.1';
  info: { title: string; version: string; description: string; license: { name: string; url: string } };
  servers: { url: string }[];
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, JsonSchema>; responses: Record<string, unknown>; headers: Record<string, unknown> };
};

export const API_VERSION = '1.0.0';
/** 공공누리 제1유형 (출처표시): Korea Open Government License, Type 1 (attribution). */
export const LICENCE_URL = 'https://www.kogl.or.kr/info/licenseType1.do';
const SCHEMA_REF = '#/components/schemas/';

/** The registered response schemas as the document's components, referring to one another. */
export function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiSchemas, { target: 'draft-2020-12', uri: (id) => `${SCHEMA_REF}${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema as JsonSchema]));
}

function describe(text: DocumentText, operationId: string, name: string): string {
  const own = `operations.${operationId}.parameters.${name}`;
  return text.text(text.has(own) ? own : `parameters.${name}`);
}

function parametersOf(row: Endpoint, text: DocumentText): Parameter[] {
  const path = row.pathParameters ? z.toJSONSchema(row.pathParameters, { io: 'input' }) : null;
  const query = z.toJSONSchema(row.query, { io: 'input' }) as JsonSchema;
  const of = (where: 'path' | 'query', json: JsonSchema): Parameter[] =>
    Object.entries(json.properties ?? {}).map(([name, schema]) => ({
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      description: describe(text, row.operationId, name),
      schema,
    }));
  return [...(path ? of('path', path as JsonSchema) : []), ...of('query', query)];
}

function schemaRef(row: Endpoint): JsonSchema {
  const id = row.response && apiSchemas.get(row.response)?.id;
  return id ? { $ref: `${SCHEMA_REF}${id}` } : { type: 'object' };
}

function operation(row: Endpoint, text: DocumentText): Operation {
  const headers = { ETag: { $ref: '#/components/headers/ETag' }, 'Cache-Control': { $ref: '#/components/headers/CacheControl' } };
  return {
    operationId: row.operationId,
    summary: text.text(`operations.${row.operationId}.summary`),
    description: text.text(`operations.${row.operationId}.description`),
    parameters: parametersOf(row, text),
    responses: {
      200: { description: text.text('responses.ok'), headers, content: { 'application/json': { schema: schemaRef(row) } } },
      304: { description: text.text('responses.notModified'), headers },
      400: { $ref: '#/components/responses/InvalidParameters' },
      ...(row.kind === 'resource' ? { 404: { $ref: '#/components/responses/NotFound' } } : {}),
      503: { $ref: '#/components/responses/Unavailable' },
    },
  };
}

export function buildOpenApiDocument(text: DocumentText): OpenApiDocument {
  const problem = (key: string) => ({
    description: text.text(key),
    content: { 'application/problem+json': { schema: { $ref: `${SCHEMA_REF}Problem` } } },
  });
  return {
    openapi: '3.1.1',
    info: {
      title: text.text('document.title'),
      version: API_VERSION,
      description: text.text('document.description'),
      license: { name: text.text('document.licence'), url: LICENCE_URL },
    },
    servers: [{ url: API_BASE }],
    paths: Object.fromEntries(ENDPOINTS.map((row) => [row.path, { get: operation(row, text) }])),
    components: {
      schemas: componentSchemas(),
      responses: {
        InvalidParameters: problem('responses.invalid'),
        NotFound: problem('responses.notFound'),
        Unavailable: {
          ...problem('responses.unavailable'),
          headers: { 'Retry-After': { description: text.text('headers.retryAfter'), schema: { type: 'integer' } } },
        },
      },
      headers: {
        ETag: { description: text.text('headers.etag'), schema: { type: 'string' } },
        CacheControl: { description: text.text('headers.cacheControl'), schema: { type: 'string' } },
      },
    },
  };
}
