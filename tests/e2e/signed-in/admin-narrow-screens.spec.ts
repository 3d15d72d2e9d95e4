// The signed-in screens on a 360 × 740 phone (issue 14), in both languages, as an admin (who sees
// every screen): no screen scrolls sideways, and no table cell breaks a word (support/narrow.ts).
import { expect, test, type BrowserContextOptions } from '@playwright/test';
import { createAccount, signIn } from '../support/accounts';
import { PHONE, sidewaysOverflow, tableProblems } from '../support/narrow';

const SCREENS = [
  '/admin',
  '/admin/local-governments',
  '/admin/local-governments/new',
  '/admin/designations',
  '/admin/designations/new',
  '/admin/evaluations',
  '/admin/evaluations/import',
  '/admin/memberships',
  '/admin/offices',
  '/admin/users',
  '/admin/audit',
  '/admin/security-log',
  '/admin/account/password',
  '/admin/subsidies',
  '/admin/programmes',
  '/admin/allocations',
  '/admin/allocations/new',
  '/admin/networks',
  '/admin/agreements',
  '/admin/officers',
  '/admin/organisations',
];

let signedIn: BrowserContextOptions['storageState'];
test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(await context.newPage(), await createAccount('admin'));
  signedIn = await context.storageState();
  await context.close();
});

for (const locale of ['ko', 'en'] as const) {
  for (const screen of SCREENS) {
    test(`${screen} (${locale}) fits a 360 px screen, its tables keeping words whole`, async ({ browser }) => {
      const context = await browser.newContext({ storageState: signedIn, viewport: PHONE });
      const page = await context.newPage();
      await page.goto(`/${locale}${screen}`);
      await expect(page).not.toHaveURL(/\/admin\/sign-in/);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await tableProblems(page, locale)).toEqual([]);
      await context.close();
    });
  }
}
