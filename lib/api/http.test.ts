import { describe, expect, it } from 'vitest';
import { etagOf, isNotModified, jsonResponse, problem, problemResponse } from './http';

describe('HTTP conventions', () => {
  it('hashes a body into a strong ETag that changes with the body', () => {
    expect(etagOf('{"a":1}')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(etagOf('{"a":1}')).toBe(etagOf('{"a":1}'));
    expect(etagOf('{"a":2}')).not.toBe(etagOf('{"a":1}'));
  });

  it('compares If-None-Match weakly, in a list, and takes * for anything', () => {
    const etag = '"abc"';
    expect(isNotModified('"abc"', etag)).toBe(true);
    expect(isNotModified('W/"abc"', etag)).toBe(true);
    expect(isNotModified('"x", "abc"', etag)).toBe(true);
    expect(isNotModified('*', etag)).toBe(true);
    expect(isNotModified('"abcd"', etag)).toBe(false);
    expect(isNotModified(null, etag)).toBe(false);
  });

  it('answers 304 with no body and the same validators, or 200 with the body', async () => {
    const body = '{"data":[]}';
    const etag = etagOf(body);
    const fresh = jsonResponse(new Request('http://x/'), { body, etag });
    expect(fresh.status).toBe(200);
    expect(await fresh.text()).toBe(body);
    const cached = jsonResponse(new Request('http://x/', { headers: { 'If-None-Match': etag } }), { body, etag });
    expect(cached.status).toBe(304);
    expect(cached.headers.get('etag')).toBe(etag);
    expect(cached.headers.get('content-type')).toBeNull();
  });

  it('writes problems as application/problem+json that no cache keeps', async () => {
    const response = problemResponse(
      problem({ status: 404, detail: 'No local government has the slug “x”.', instance: '/api/v1/cities/x' }),
    );
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      type: '/developers#problem-not-found',
      title: 'Not found',
      status: 404,
      detail: 'No local government has the slug “x”.',
      instance: '/api/v1/cities/x',
    });
  });
});
