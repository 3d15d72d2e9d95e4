// Issue 6: the public API from the production server. The OpenAPI document is served, a list
// answers with a strong ETag, and sending it back gets a 304 with no body; the reference page
// is generated from that document.
import { expect, test } from '@playwright/test';

test('the production server serves the OpenAPI document and answers a repeated request with 304', async ({ request }) => {
  const document = await request.get('/api/v1/openapi.json');
  expect(document.status()).toBe(200);
  const openapi = (await document.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(openapi.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(openapi.paths)).toContain('/cities');

  const first = await request.get('/api/v1/cities?region=seoul');
  expect(first.status()).toBe(200);
  const etag = first.headers()['etag'];
  expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  expect(first.headers()['cache-control']).toContain('stale-while-revalidate');
  const body = (await first.json()) as { meta: { total: number }; data: { region: { slug: string } }[] };
  expect(body.meta.total).toBeGreaterThan(0);
  expect(body.data.every((city) => city.region.slug === 'seoul')).toBe(true);

  const again = await request.get('/api/v1/cities?region=seoul', { headers: { 'If-None-Match': etag! } });
  expect(again.status()).toBe(304);
  expect((await again.body()).length).toBe(0);
  expect(again.headers()['etag']).toBe(etag);
});

test('a bad parameter gets problem details, not an error page', async ({ request }) => {
  const response = await request.get('/api/v1/cities?asOf=2019-02-30');
  expect(response.status()).toBe(400);
  expect(response.headers()['content-type']).toBe('application/problem+json');
  expect(await response.json()).toMatchObject({ status: 400, errors: [{ name: 'asOf', in: 'query' }] });
});

test('the reference page lists every documented endpoint, with the licence', async ({ page, request }) => {
  const openapi = (await (await request.get('/api/v1/openapi.json')).json()) as { paths: Record<string, { get: { operationId: string } }> };
  await page.goto('/en/developers');
  await expect(page.getByRole('heading', { level: 1, name: 'Public API' })).toBeVisible();
  for (const { get } of Object.values(openapi.paths)) await expect(page.locator(`section#${get.operationId}`)).toHaveCount(1);
  await expect(
    page.getByText('Korea Open Government License Type 1 (attribution): 전국평생학습도시협의회 평생학습도시 레지스트리'),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Parameters of /api/v1/cities', exact: true })).toBeVisible();
});
