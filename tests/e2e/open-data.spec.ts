// Issue 6: the map leads to the regions, the registry downloads as CSV, and search engines find
// every page in both languages.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

test('a visitor follows a region on the map to its region page, by mouse and by keyboard', async ({ page }) => {
  await page.goto('/ko/map');
  const tiles = page.getByRole('group', { name: /시·도 16곳의 평생학습도시 지정 비율/ }).getByRole('link');
  await expect(tiles).toHaveCount(16);
  await tiles
    .filter({ has: page.locator('text=서울') })
    .first()
    .click();
  await expect(page).toHaveURL(/\/ko\/regions\/seoul$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('서울특별시');

  await page.goto('/ko/map');
  await page.getByRole('link', { name: /^부산광역시: 지방자치단체 16곳 중/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ko\/regions\/busan$/);

  // On an earlier day the map has the 17 regions of then, Gwangju and Jeonnam apart.
  await page.goto('/en/map?asOf=2019-10-01');
  await expect(page.getByRole('group', { name: /each of the 17 regions, as of October 1, 2019/ }).getByRole('link')).toHaveCount(17);
  await page.getByRole('link', { name: /^Gwangju Metropolitan City: 5 of 5/ }).click();
  await expect(page).toHaveURL(/\/en\/regions\/gwangju$/);
});

test('a visitor downloads the registry as CSV: the dictionary’s columns, and as many rows as the page says', async ({ page }) => {
  await page.goto('/ko/open-data');
  const stated = Number((await page.getByText(/오늘 존재하는 지방자치단체 \d+곳/).textContent())!.match(/(\d+)곳/)![1]);
  const columns = await page.getByRole('table', { name: '레지스트리 파일의 열, 형식, 설명' }).locator('tbody th').allTextContents();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /레지스트리 CSV/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^learning-cities-registry-\d{4}-\d{2}-\d{2}\.csv$|^평생학습도시-레지스트리-/);
  const text = await readFile((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split('\r\n');
  expect(lines[0]!.split(',')).toEqual(columns);
  expect(lines).toHaveLength(stated + 1);
  expect(stated).toBe(230);
});

test('the sitemap lists every page in both languages with its twin, and robots.txt keeps crawlers out of the signed-in area', async ({
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/ko/cities/seoul-gwanak-gu</loc>');
  expect(sitemap).toContain('/en/cities/seoul-gwanak-gu</loc>');
  expect(sitemap).toMatch(/hreflang="en"\s+href="[^"]*\/en\/regions\/jeonnam-gwangju"/);
  expect(sitemap.match(/<url>/g)!.length).toBeGreaterThan(2 * 230);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /ko/admin');
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
