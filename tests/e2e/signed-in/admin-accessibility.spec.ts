// axe (WCAG 2.x A and AA) on every kind of signed-in screen, in both languages, as an admin
// (who sees every form), and on the sign-in page with a refusal showing. One test per screen, so
// that each stays well within its timeout on a busy machine; long screens are audited in parts.
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { createAccount, signIn } from '../support/accounts';

type Screen = { path: string; parts?: string[] };
const SCREENS: Screen[] = [
  { path: '/admin' },
  { path: '/admin/local-governments' },
  { path: '/admin/local-governments/new' },
  { path: '/admin/designations' },
  { path: '/admin/designations/new' },
  { path: '/admin/evaluations' },
  { path: '/admin/evaluations/import' },
  { path: '/admin/memberships' },
  { path: '/admin/memberships/new' },
  { path: '/admin/offices' },
  { path: '/admin/users' },
  { path: '/admin/audit' },
  { path: '/admin/audit?from=9999-99-99' },
  { path: '/admin/security-log' },
  { path: '/admin/account/password' },
  // The ministry's dashboard is the longest screen (all years): its tables and charts are audited apart.
  { path: '/admin/subsidies', parts: ['main table', 'main svg'] },
  { path: '/admin/subsidies?year=2023&city=busan-seo-gu' },
  { path: '/admin/programmes' },
  { path: '/admin/programmes/new' },
  { path: '/admin/allocations' },
  { path: '/admin/allocations/new' },
  { path: '/admin/networks' },
  { path: '/admin/agreements' },
  { path: '/admin/agreements/new' },
  { path: '/admin/officers' },
  { path: '/admin/officers/new' },
  { path: '/admin/organisations' },
  { path: '/admin/organisations/new' },
];
/** Lists whose first record is audited too. */
const RECORDS_FROM = [
  '/admin/local-governments',
  '/admin/designations',
  '/admin/memberships',
  '/admin/offices',
  '/admin/programmes?year=2023',
  '/admin/allocations?year=2023',
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

async function adminPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ storageState: signedIn })).newPage();
}

for (const locale of ['ko', 'en'] as const) {
  for (const screen of SCREENS) {
    test(`${screen.path} (${locale}) has no serious or critical accessibility violation`, async ({ browser }) => {
      const page = await adminPage(browser);
      await page.goto(`/${locale}${screen.path}`);
      await expect(page).not.toHaveURL(/\/admin\/sign-in/);
      expect(await seriousViolations(page, { parts: screen.parts })).toEqual([]);
    });
  }

  for (const list of RECORDS_FROM) {
    test(`a record opened from ${list} (${locale}) has no serious or critical accessibility violation`, async ({ browser }) => {
      const page = await adminPage(browser);
      await page.goto(`/${locale}${list}`);
      const href = await page.getByRole('table').getByRole('link').first().getAttribute('href');
      expect(href).toMatch(/\/\d+$/);
      await page.goto(href!);
      expect(await seriousViolations(page), page.url()).toEqual([]);
    });
  }

  test(`the sign-in page (${locale}) with a refusal showing has no serious or critical accessibility violation`, async ({ page }) => {
    await page.goto(`/${locale}/admin/sign-in`);
    await page.getByRole('button', { name: locale === 'ko' ? '로그인' : 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: /./ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
