// Issue 13, item 8: a malformed request answers 400, 404 or 405 with the security headers every
// response carries, never a bare 500: invalid percent-encoding in a page, an API path or a
// download (the portal's server refuses them before Next, scripts/next-server.mjs), a method the
// portal does not serve, and a real-looking but impossible date.
import { expect, test } from '@playwright/test';

const HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

test('malformed addresses, methods and dates answer 4xx with the security headers', async ({ request }) => {
  const cases: [string, string, number][] = [
    ['GET', '/%ff', 400],
    ['GET', '/api/v1/cities/%ff', 400],
    ['GET', '/downloads/%c0%ae%c0%ae%2fpackage.json', 400],
    ['GET', '/ko/cities?q=%ff', 400],
    ['GET', '/downloads/..%2fpackage.json', 404],
    ['TRACE', '/', 405],
    ['PUT', '/ko', 405],
    ['DELETE', '/api/v1/regions', 405],
    ['GET', '/api/v1/registry?asOf=9999-99-99', 404],
    ['GET', '/api/v1/regions?asOf=9999-99-99', 400],
    ['GET', '/api/v1/regions?asOf=2026-02-30', 400],
    // No directory is listed, and nothing outside public/ is served.
    ['GET', '/_next/static/chunks', 404],
    ['GET', '/ko/lib', 404],
    ['GET', '/package.json', 404],
  ];
  for (const [method, path, status] of cases) {
    const response = await request.fetch(path, { method, maxRedirects: 0 });
    expect(response.status(), `${method} ${path}`).toBe(status);
    expect(response.headers(), `${method} ${path}`).toMatchObject(HEADERS);
    expect(response.headers()['content-security-policy'], `${method} ${path}`).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-powered-by'], `${method} ${path}`).toBeUndefined();
  }
  // A day that does not exist is read as no day: the registry of today, said so.
  const registry = await request.get('/ko/registry?asOf=9999-99-99');
  expect(registry.status()).toBe(200);
});

test('a form posted from another site’s page is refused before it reaches the action (CSRF)', async ({ request }) => {
  const form = { email: 'someone@e2e.example', password: 'a password for a forged post' };
  const forged = await request.post('/ko/admin/sign-in', { form, headers: { Origin: 'https://evil.example' }, maxRedirects: 0 });
  expect(forged.status()).toBe(403);
  expect(forged.headers()).toMatchObject(HEADERS);
  const own = await request.post('/ko/admin/sign-in', { form, headers: { Origin: new URL(forged.url()).origin }, maxRedirects: 0 });
  expect(own.status()).not.toBe(403);
});
