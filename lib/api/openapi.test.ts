import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import { ENDPOINTS } from './endpoints';
import { buildOpenApiDocument, type DocumentText } from './openapi';

function text(locale: 'ko' | 'en'): DocumentText & { missing: string[] } {
  const missing: string[] = [];
  const t = createTranslator({
    locale,
    messages: { ko, en }[locale],
    namespace: 'ApiReference',
    onError: (error) => missing.push(error.message),
  });
  return { text: (key) => t(key as never), has: (key) => t.has(key as never), missing };
}

describe('the OpenAPI document', () => {
  const english = text('en');
  const document = buildOpenApiDocument(english);

  it('is OpenAPI 3.1 with a path and a GET operation for every endpoint', () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.servers).toEqual([{ url: '/api/v1' }]);
    expect(Object.keys(document.paths)).toEqual(ENDPOINTS.map((row) => row.path));
    const ids = Object.values(document.paths).map((item) => item.get.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes each parameter, its type and its bounds from the zod schema the API validates with', () => {
    const cities = document.paths['/cities']!.get.parameters;
    expect(cities.map((p) => p.name)).toEqual(['q', 'region', 'from', 'to', 'status', 'next', 'scope', 'sort', 'asOf', 'page', 'pageSize']);
    expect(cities.find((p) => p.name === 'pageSize')).toMatchObject({
      in: 'query',
      required: false,
      schema: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
    });
    expect(cities.find((p) => p.name === 'asOf')?.schema).toMatchObject({ type: 'string', format: 'date' });
    expect(document.paths['/cities/{slug}']!.get.parameters).toEqual([
      expect.objectContaining({ name: 'slug', in: 'path', required: true }),
    ]);
  });

  it('describes responses with the registered schemas, strict, and problems with RFC 9457’s fields', () => {
    const { schemas } = document.components;
    expect(schemas.City).toMatchObject({ type: 'object', additionalProperties: false });
    expect(schemas.City!.$id).toBeUndefined();
    expect(schemas.Problem!.required).toEqual(['type', 'title', 'status', 'detail', 'instance']);
    const ok = document.paths['/allocations']!.get.responses[200] as { content: Record<string, { schema: unknown }> };
    expect(ok.content['application/json']!.schema).toEqual({ $ref: '#/components/schemas/AllocationList' });
    expect(schemas.Allocation!.properties!.amount).toMatchObject({ type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
    expect(document.paths['/cities/{slug}']!.get.responses).toHaveProperty('404');
    expect(document.paths['/cities']!.get.responses).not.toHaveProperty('404');
  });

  it('has every description in Korean and in English, with none missing', () => {
    const korean = text('ko');
    const inKorean = buildOpenApiDocument(korean);
    expect(english.missing).toEqual([]);
    expect(korean.missing).toEqual([]);
    const descriptions = (doc: typeof document) =>
      Object.values(doc.paths).flatMap((item) => [
        item.get.summary,
        item.get.description,
        ...item.get.parameters.map((p) => p.description),
      ]);
    expect(descriptions(inKorean).every((description) => /[가-힣]/.test(description))).toBe(true);
    expect(descriptions(document).some((description) => /[가-힣]/.test(description))).toBe(false);
    expect(document.info.license.url).toMatch(/^https:\/\/www\.kogl\.or\.kr\//);
  });
});
