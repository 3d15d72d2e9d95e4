// axe (WCAG 2.x A and AA rules) on each public page type, in both languages.
import { expect, test } from '@playwright/test';
import { LOCALES, PAGE_TYPES } from './pages';
import { seriousViolations } from './support/axe';

for (const locale of LOCALES) {
  for (const pageType of PAGE_TYPES) {
    test(`${pageType.name} (${locale}) has no serious or critical accessibility violation`, async ({ page }) => {
      await page.goto(`/${locale}${pageType.path}`);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('the skip link is the first thing the keyboard reaches, and it moves focus to the content', async ({ page }) => {
  await page.goto('/ko/regions');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '본문 바로가기' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
