// Down to 360 px wide (a 360 × 740 phone, issue 14): nothing makes the page scroll sideways, and no
// table cell breaks a word (tests/e2e/support/narrow.ts says how that is measured).
import { expect, test } from '@playwright/test';
import { LOCALES, PAGE_TYPES } from './pages';
import { PHONE, sidewaysOverflow, tableProblems } from './support/narrow';

test.use({ viewport: PHONE });

for (const locale of LOCALES) {
  for (const pageType of PAGE_TYPES) {
    test(`${pageType.name} (${locale}) fits a 360 px screen, its tables keeping words whole`, async ({ page }) => {
      await page.goto(`/${locale}${pageType.path}`);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await tableProblems(page, locale)).toEqual([]);
    });
  }
}
