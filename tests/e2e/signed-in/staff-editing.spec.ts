// Issue 3: staff keep the registry; the public sees their change at once; the ministry reads
// but writes nothing; repeated failed sign-ins lock the account.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createAccount, signIn, type Account } from '../support/accounts';

// Gyeongbuk Cheongsong-gun is not a learning city in the seed; no other journey touches it.
const CITY = {
  ko: '경북 청송군',
  en: 'Cheongsong-gun, Gyeongbuk',
  nameKo: '청송군',
  nameEn: 'Cheongsong-gun',
  slug: 'gyeongbuk-cheongsong-gun',
};

async function signedInPage(browser: Browser, account: Account): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'ko-KR' })).newPage();
  await signIn(page, account);
  return page;
}

async function designatedInGyeongbuk(page: Page): Promise<number> {
  await page.goto('/ko/regions/gyeongbuk');
  const sentence = await page.getByText(/지방자치단체 \d+곳 중 \d+곳이 평생학습도시입니다/).textContent();
  return Number(sentence!.match(/중 (\d+)곳/)![1]);
}

test('a staff member designates a city; the public region pages show it in both languages, and the audit log records it', async ({
  page,
  browser,
}) => {
  const staff = await createAccount('staff');
  const before = await designatedInGyeongbuk(page);
  await expect(page.getByRole('row', { name: new RegExp(CITY.nameKo) })).toContainText('미지정');

  // An admin URL sends a visitor to sign in, and back afterwards.
  await page.goto('/ko/admin/designations/new');
  await expect(page).toHaveURL(/\/ko\/admin\/sign-in\?next=%2Fko%2Fadmin%2Fdesignations%2Fnew/);
  await signIn(page, staff);
  await expect(page).toHaveURL(/\/ko\/admin\/designations\/new$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('새 평생학습도시 지정');

  // A missing source is refused next to its field, in Korean, keeping what was typed.
  await page.getByLabel('지방자치단체').selectOption({ label: CITY.ko });
  await page.getByLabel('최초 지정 연도').fill('2026');
  await page.getByRole('button', { name: '지정 등록' }).click();
  await expect(page.getByLabel('출처')).toHaveAccessibleDescription(/입력해 주세요/);
  await expect(page.getByLabel('지방자치단체')).toHaveValue(/\d+/);
  await expect(page.getByLabel('최초 지정 연도')).toHaveValue('2026');

  await page.getByLabel('출처').fill('교육부 보도자료 2026-11-20');
  await page.getByRole('button', { name: '지정 등록' }).click();
  await expect(page).toHaveURL(/\/ko\/admin\/designations\/\d+\?saved=created$/);
  const history = page.getByRole('region', { name: '변경 기록' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history).toContainText(staff.email);
  await expect(history).toContainText('만듦');

  // The public pages, on their next request, in Korean and in English.
  expect(await designatedInGyeongbuk(page)).toBe(before + 1);
  await expect(page.getByRole('row', { name: new RegExp(CITY.nameKo) })).toContainText('2026');
  await page.goto('/en/regions/gyeongbuk');
  await expect(page.getByRole('link', { name: CITY.nameEn })).toBeVisible();
  await page.getByRole('link', { name: CITY.nameEn }).click();
  await expect(page).toHaveURL(new RegExp(`/en/cities/${CITY.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CITY.en);

  // An administrator finds the entry in the audit log, filtered by person and record type.
  const admin = await signedInPage(browser, await createAccount('admin'));
  await admin.goto('/ko/admin/audit');
  await admin.getByLabel('사람').selectOption({ label: staff.email });
  await admin.getByLabel('기록 종류').selectOption({ label: '평생학습도시 지정' });
  await admin.getByRole('button', { name: '적용' }).click();
  const entries = admin.getByRole('table', { name: '감사 기록' }).getByRole('row');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(1)).toContainText(staff.email);
  await expect(entries.nth(1)).toContainText(CITY.nameKo);
});

test('a ministry official reads the registry but reaches no edit screen, and a write sent anyway changes nothing', async ({ browser }) => {
  const ministry = await signedInPage(browser, await createAccount('ministry'));
  const staff = await signedInPage(browser, await createAccount('staff'));

  await ministry.goto('/ko/admin');
  await expect(ministry.getByText('교육부 담당자', { exact: true })).toBeVisible();
  await expect(ministry.getByRole('link', { name: '새로 추가' })).toHaveCount(0);
  for (const path of [
    '/ko/admin/designations/new',
    '/ko/admin/local-governments/new',
    '/ko/admin/memberships/new',
    '/ko/admin/users',
    '/ko/admin/audit',
  ]) {
    await ministry.goto(path);
    await expect(ministry.getByRole('heading', { level: 1 }), path).toHaveText('이 화면을 열 권한이 없습니다');
  }
  // A record opens read-only: no form but signing out.
  await ministry.goto('/ko/admin/designations');
  await ministry.getByRole('table').getByRole('link').first().click();
  await expect(ministry).toHaveURL(/\/ko\/admin\/designations\/\d+$/);
  await expect(ministry.getByText('이 계정은 읽기 전용입니다.')).toBeVisible();
  await expect(ministry.getByRole('main').getByRole('button').filter({ hasNotText: '로그아웃' })).toHaveCount(0);

  // The staff member's create form, filled in and sent from the official's session.
  await staff.goto('/ko/admin/designations/new');
  await staff.getByLabel('지방자치단체').selectOption({ label: '경북 성주군' });
  await staff.getByLabel('출처').fill('a forged request');
  const fields = await staff
    .locator('main form')
    .filter({ hasText: '지정 등록' })
    .evaluate((form) => [...new FormData(form as HTMLFormElement)].map(([k, v]) => [k, String(v)]));
  const before = await designatedInGyeongbuk(ministry);
  const answer = await ministry.evaluate(async (entries) => {
    const body = new FormData();
    for (const [key, value] of entries) body.append(key!, value!);
    const response = await fetch('/ko/admin/designations/new', { method: 'POST', body });
    return { status: response.status, url: response.url };
  }, fields);
  expect(answer.url).not.toMatch(/\/designations\/\d+/);
  expect(answer.status).toBeLessThan(500);
  expect(await designatedInGyeongbuk(ministry)).toBe(before);
  await expect(ministry.getByRole('row', { name: /성주군/ })).toContainText('미지정');
});

test('five failed sign-ins lock the account, even against the right password, with the same message for everyone', async ({ page }) => {
  const staff = await createAccount('staff');
  await page.goto('/en/admin/sign-in');
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signInExpectingRefusal(page, staff.email, `wrong password ${attempt}`);
    await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveText(/The e-mail or the password is not right/);
    await expect(page.getByLabel('E-mail')).toHaveValue(staff.email);
  }
  await signInExpectingRefusal(page, staff.email, 'wrong password 5');
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveText(/Too many sign-in attempts/);
  await signInExpectingRefusal(page, staff.email, staff.password);
  await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveText(/Too many sign-in attempts/);
  await expect(page).toHaveURL(/\/en\/admin\/sign-in/);
});

async function signInExpectingRefusal(page: Page, email: string, password: string) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
}
