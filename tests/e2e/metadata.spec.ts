// Language, titles and alternates that browsers, screen readers and search engines read.
import { expect, test } from '@playwright/test';

test('a city page names its language and links its other-language twin', async ({ page }) => {
  await page.goto('/ko/cities/seoul-gwanak-gu');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page).toHaveTitle('서울 관악구 · 전국 평생학습도시 레지스트리');
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/cities\/seoul-gwanak-gu$/);
  await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute('href', /\/ko\/cities\/seoul-gwanak-gu$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/ko\/cities\/seoul-gwanak-gu$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /서울 관악구/);
  // Open Graph, for links shared in messengers and social media.
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '서울 관악구');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/ko\/cities\/seoul-gwanak-gu$/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ko_KR');
  await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute('content', 'en_US');
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', '전국 평생학습도시 레지스트리');
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'website');
});

test('the English home page has an English title and description', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Korea Lifelong Learning Cities Registry');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Browse Korea/);
});

test('the health check answers 200 with the database reachable', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(await response.json()).toMatchObject({ status: 'ok', database: { isReachable: true } });
});

test('every page links the site’s icons and web manifest, and each is served', async ({ page, request }) => {
  await page.goto('/en/regions');
  await expect(page.locator('link[rel="icon"][href$="/favicon.ico"]')).toHaveCount(1);
  await expect(page.locator('link[rel="icon"][href$="/icon.svg"]')).toHaveAttribute('type', 'image/svg+xml');
  await expect(page.locator('link[rel="apple-touch-icon"][href$="/apple-touch-icon.png"]')).toHaveCount(1);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', /\/manifest\.webmanifest$/);
  const types: Record<string, RegExp> = {
    '/favicon.ico': /^image\/(x-icon|vnd\.microsoft\.icon)/,
    '/icon.svg': /^image\/svg\+xml/,
    '/apple-touch-icon.png': /^image\/png/,
  };
  for (const [path, type] of Object.entries(types)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toMatch(type);
  }
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  const body = (await manifest.json()) as {
    name: string;
    short_name: string;
    theme_color: string;
    icons: { src: string; sizes: string }[];
  };
  expect(body).toMatchObject({ name: '전국 평생학습도시 레지스트리', short_name: '평생학습도시', theme_color: '#052561' });
  expect(body.icons.map((icon) => icon.sizes)).toEqual(['any', '192x192', '512x512']);
  for (const icon of body.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
});
