// Issue 7: every kind of response carries its security headers; public pages a static policy,
// the signed-in area a nonce per request; nothing the browser runs is refused by either; the
// image optimizer, unused, answers nothing.
import { expect, test, type Page } from '@playwright/test';

const COMMON = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
};

function scriptSrc(csp: string | undefined): string {
  return (csp ?? '').split('; ').find((directive) => directive.startsWith('script-src')) ?? '';
}

function watchForRefusals(page: Page): string[] {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  });
  return refusals;
}

test('public pages carry a static policy without eval, framing refused, and the common headers', async ({ request }) => {
  for (const path of ['/ko', '/en/regions/seoul', '/ko/cities/seoul-gwanak-gu', '/ko/cities?q=%EA%B0%95', '/ko/statistics']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers, path).toMatchObject(COMMON);
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(scriptSrc(headers['content-security-policy']), path).toBe("script-src 'self' 'unsafe-inline'");
  }
});

test('the signed-in area gets a new nonce with every response, and its scripts carry it', async ({ page, request }) => {
  const first = (await request.get('/ko/admin/sign-in')).headers()['content-security-policy'];
  const second = (await request.get('/ko/admin/sign-in')).headers()['content-security-policy'];
  expect(scriptSrc(first)).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
  expect(first).not.toBe(second);
  expect(first).not.toContain('unsafe-eval');

  const refusals = watchForRefusals(page);
  const response = await page.goto('/en/admin/sign-in');
  const nonce = scriptSrc(response!.headers()['content-security-policy']).match(/'nonce-([^']+)'/)![1];
  const scripts = await page.locator('script').evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((value) => value === nonce)).toBe(true);
  // The form is hydrated (React attaches its action), so a refusal shows without a page load.
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toBeVisible();
  expect(refusals).toEqual([]);
});

test('a public page runs its scripts under its policy with nothing refused', async ({ page }) => {
  const refusals = watchForRefusals(page);
  await page.goto('/ko/cities?q=%EA%B4%80%EC%95%85');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/cities/);
  expect(refusals).toEqual([]);
});

test('data responses may not run anything nor be framed, and the image optimizer answers nothing', async ({ request }) => {
  for (const path of ['/api/health', '/downloads/registry.csv', '/sitemap.xml', '/robots.txt']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
  }
  const image = await request.get('/_next/image?url=%2Ffavicon.ico&w=64&q=75');
  expect(image.status()).toBeGreaterThanOrEqual(400);
});
