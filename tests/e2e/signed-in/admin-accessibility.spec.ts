// axe (WCAG 2.x A and AA) on every kind of signed-in screen, in both languages, as an admin
// (who sees every form), and on the sign-in page with a refusal showing.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, signIn, type Account } from '../support/accounts';

const SCREENS = [
  '/admin',
  '/admin/local-governments',
  '/admin/local-governments/new',
  '/admin/designations',
  '/admin/designations/new',
  '/admin/evaluations',
  '/admin/evaluations/import',
  '/admin/memberships',
  '/admin/memberships/new',
  '/admin/offices',
  '/admin/users',
  '/admin/audit',
  '/admin/account/password',
  '/admin/networks',
  '/admin/agreements',
  '/admin/agreements/new',
  '/admin/officers',
  '/admin/officers/new',
  '/admin/organisations',
  '/admin/organisations/new',
];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

let admin: Account;
test.beforeAll(async () => {
  admin = await createAccount('admin');
});

for (const locale of ['ko', 'en'] as const) {
  test(`the signed-in screens (${locale}) have no serious or critical accessibility violation`, async ({ page }) => {
    await signIn(page, admin, locale);
    for (const screen of SCREENS) {
      await page.goto(`/${locale}${screen}`);
      expect(await seriousViolations(page), screen).toEqual([]);
    }
    // One record of each kind, opened from its list.
    for (const list of [
      '/admin/local-governments',
      '/admin/designations',
      '/admin/memberships',
      '/admin/offices',
      '/admin/networks',
      '/admin/agreements',
      '/admin/officers',
      '/admin/organisations',
    ]) {
      await page.goto(`/${locale}${list}`);
      await page.getByRole('table').getByRole('link').first().click();
      await expect(page).toHaveURL(/\/\d+$/);
      expect(await seriousViolations(page), page.url()).toEqual([]);
    }
  });

  test(`the sign-in page (${locale}) with a refusal showing has no serious or critical accessibility violation`, async ({ page }) => {
    await page.goto(`/${locale}/admin/sign-in`);
    await page.getByRole('button', { name: locale === 'ko' ? '로그인' : 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: /./ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
