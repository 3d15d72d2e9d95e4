// Issue 11: an edit expires what shows the record it touched (lib/cache-tags.ts), not every page.
// Counts, through Next's own `x-nextjs-cache` header (MISS: rendered for this request; HIT: served
// from the page cache), which public pages one staff edit makes render again.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createAccount, signIn } from '../support/accounts';

// 전북 장수군 is not a learning city in the seed, and no other journey touches 전북 or 강원.
const EDITED = { label: '전북 장수군', slug: 'jeonbuk-jangsu-gun', region: 'jeonbuk' };

const REGENERATED = [
  `/ko/cities/${EDITED.slug}`,
  `/en/cities/${EDITED.slug}`,
  `/ko/regions/${EDITED.region}`,
  `/en/regions/${EDITED.region}`,
  // Lists and national figures.
  '/ko',
  '/en',
  '/ko/regions',
  '/ko/offices',
  '/ko/about', // its sources, with how many designations rest on each
];
const KEPT = [
  // The same region's other local governments.
  '/ko/cities/jeonbuk-imsil-gun',
  '/ko/cities/jeonbuk-jeonju-si',
  '/en/cities/jeonbuk-jeonju-si',
  // Another region and its local governments.
  '/ko/regions/gangwon',
  '/ko/cities/gangwon-chuncheon-si',
  '/en/cities/gangwon-chuncheon-si',
];

async function cacheState(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.headers()['x-nextjs-cache'] ?? 'none';
}

test('one local government’s edit renders again its own pages, its region’s and the lists, and no other page', async ({
  browser,
  request,
}) => {
  // Every page is in the page cache before the edit.
  for (const path of [...REGENERATED, ...KEPT]) {
    await expect.poll(() => cacheState(request, path), { message: path, intervals: [0, 100, 250] }).toBe('HIT');
  }

  // Without JavaScript (the forms work without it), so that no link prefetch renders a public page
  // between the edit and the count.
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(page, await createAccount('staff'));
  await page.goto('/ko/admin/designations/new');
  await page.getByLabel('지방자치단체').selectOption({ label: EDITED.label });
  await page.getByLabel('최초 지정 연도').fill('2026');
  await page.getByLabel('출처').fill('A designation made by the invalidation test (tests/e2e/signed-in/invalidation.spec.ts)');
  await page.getByRole('button', { name: '지정 등록' }).click();
  await expect(page).toHaveURL(/\/ko\/admin\/designations\/\d+\?saved=created$/);

  const states = new Map<string, string>();
  for (const path of [...REGENERATED, ...KEPT]) states.set(path, await cacheState(request, path));
  const rendered = [...states].filter(([, state]) => state === 'MISS').map(([path]) => path);
  console.log(`After one edit, ${rendered.length} of ${states.size} cached pages rendered again: ${rendered.join(', ')}`);
  expect(rendered.sort()).toEqual([...REGENERATED].sort());

  // And what they now show is the edit.
  await page.goto(`/ko/cities/${EDITED.slug}`);
  await expect(page.getByText('2026').first()).toBeVisible();
});
