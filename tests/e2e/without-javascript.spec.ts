// The public pages show their content, and the search works, with JavaScript turned off.
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages';

test.use({ javaScriptEnabled: false });

for (const pageType of PAGE_TYPES) {
  test(`${pageType.name} shows its content without JavaScript`, async ({ page }) => {
    await page.goto(`/ko${pageType.path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main')).not.toBeEmpty();
    expect(await page.locator('main [hidden]').count()).toBe(0);
  });
}

test('the search form finds cities without JavaScript', async ({ page }) => {
  await page.goto('/ko/cities');
  const search = page.getByRole('search', { name: '도시 검색' });
  await search.getByLabel('도시 이름').fill('Busan Jin');
  await search.getByRole('button', { name: '검색', exact: true }).click();
  await expect(page).toHaveURL(/q=Busan\+Jin/);
  await expect(page.getByRole('table', { name: /검색 결과/ }).getByRole('link', { name: '부산진구' })).toBeVisible();
});
