// Down to 360 px wide: nothing makes the page scroll sideways.
import { expect, test } from '@playwright/test';
import { LOCALES, PAGE_TYPES } from './pages';

test.use({ viewport: { width: 360, height: 740 } });

for (const locale of LOCALES) {
  for (const pageType of PAGE_TYPES) {
    test(`${pageType.name} (${locale}) fits a 360 px screen`, async ({ page }) => {
      await page.goto(`/${locale}${pageType.path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}
