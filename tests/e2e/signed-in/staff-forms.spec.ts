// Issue 14: staff forms guide as GOV.UK teaches (an error summary that lists every error as a link
// to its field and takes focus, with and without JavaScript), and what cannot be undone is asked
// for on a page of its own.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { createAccount, signIn, type Account } from '../support/accounts';

async function signedInPage(browser: Browser, account: Account, javaScriptEnabled = true): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'ko-KR', javaScriptEnabled })).newPage();
  await signIn(page, account);
  return page;
}

/** A new local government with a malformed code and no region: two errors, nothing saved. */
async function submitTwoErrors(page: Page) {
  await page.goto('/ko/admin/local-governments/new');
  await page.getByLabel('한글 이름').fill('시험군');
  await page.getByLabel('영문 이름').fill('Siheom-gun');
  await page.getByLabel('행정구역 코드').fill('12');
  await page.getByLabel('종류').selectOption({ label: '군' });
  await page.getByRole('button', { name: '등록', exact: true }).click();
  const summary = page.getByRole('region', { name: '입력한 내용에 문제가 있습니다' });
  await expect(summary).toBeVisible();
  return summary;
}

test('a staff form with two errors lists both in a summary that takes focus, each linking to its field', async ({ browser }) => {
  const page = await signedInPage(browser, await createAccount('staff'));
  const summary = await submitTwoErrors(page);
  await expect(summary).toBeFocused();
  const links = summary.getByRole('link');
  await expect(links).toHaveText(['행정구역 코드는 숫자 다섯 자리입니다 (예: 11620).', '시·도를 고르세요.']);
  await expect(page.getByLabel('시·도')).toHaveAccessibleDescription('시·도를 고르세요.');

  await links.nth(1).click();
  await expect(page.getByLabel('시·도')).toBeFocused();
  await links.nth(0).click();
  await expect(page.getByLabel('행정구역 코드')).toBeFocused();
  await expect(page.getByLabel('행정구역 코드')).toHaveValue('12');
  expect(await seriousViolations(page)).toEqual([]);

  // A second refusal is a new summary, focused again.
  await page.getByLabel('시·도').selectOption({ label: '전북특별자치도' });
  await page.getByRole('button', { name: '등록', exact: true }).click();
  await expect(summary.getByRole('link')).toHaveText(['행정구역 코드는 숫자 다섯 자리입니다 (예: 11620).']);
  await expect(summary).toBeFocused();
});

// Not yet: without JavaScript, Next's answer to a refused form post (an MPA server action)
// renders the form as new, without the action's state (2026-12-01, Next 16.4: the values typed
// and the errors are gone, so no summary shows). A post that succeeds redirects and works (the
// deactivation below). The summary carries `autofocus` for when the state comes back.
test.fixme('without JavaScript the server’s answer opens on the summary, whose links lead to the fields', async ({ browser }) => {
  const page = await signedInPage(browser, await createAccount('staff'), false);
  const summary = await submitTwoErrors(page);
  await expect(summary).toBeFocused();
  const links = summary.getByRole('link');
  await expect(links).toHaveCount(2);
  for (const [index, label] of ['행정구역 코드', '시·도'].entries()) {
    const id = await page.getByLabel(label).getAttribute('id');
    await expect(links.nth(index)).toHaveAttribute('href', `#${id}`);
  }
  await links.nth(1).click();
  await expect(page.getByLabel('시·도')).toBeFocused();
});

test('ending a designation is asked on a page of its own, which names what to choose', async ({ browser }) => {
  const page = await signedInPage(browser, await createAccount('staff'));
  await page.goto('/ko/admin/designations?status=active');
  await page.getByRole('table').getByRole('link').first().click();
  await page.getByRole('link', { name: '지정 종료 기록…' }).click();
  await expect(page).toHaveURL(/\/ko\/admin\/designations\/\d+\/end$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('지정 종료');
  await page.getByRole('button', { name: '지정 종료 기록' }).click();
  const summary = page.getByRole('region', { name: '입력한 내용에 문제가 있습니다' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['종료 사유를 고르세요.', '종료일: 입력해 주세요.']);
  expect(await seriousViolations(page)).toEqual([]);
});

for (const javaScriptEnabled of [true, false]) {
  test(`deactivating a user asks first, then the list shows them inactive (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const target = await createAccount('staff');
    const page = await signedInPage(browser, await createAccount('admin'), javaScriptEnabled);
    await page.goto('/ko/admin/users');
    const card = page.getByRole('listitem', { name: target.email });
    await expect(card).toContainText('· 활성 ·');
    await card.getByRole('link', { name: '비활성화…' }).click();

    await expect(page).toHaveURL(/\/ko\/admin\/users\/[^/]+\/deactivate$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('사용자 비활성화');
    await expect(page.getByText(`(${target.email}) 사용자를 비활성화할까요?`)).toBeVisible();
    if (javaScriptEnabled) expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '비활성화합니다' }).click();

    await expect(page).toHaveURL(/\/ko\/admin\/users\?saved=userDeactivated$/);
    await expect(page.getByRole('status')).toContainText('사용자를 비활성화했습니다');
    await expect(card).toContainText('· 비활성 ·');
    await expect(card.getByRole('button', { name: '다시 활성화' })).toBeVisible();
    await expect(card.getByRole('link', { name: '비활성화…' })).toHaveCount(0);

    // The audit log says it in words, in one time format, linking to the record.
    await page.goto('/ko/admin/audit?type=User');
    const entry = page.getByRole('table', { name: '감사 기록' }).getByRole('row').filter({ hasText: target.email }).first();
    await expect(entry).toContainText('예');
    await expect(entry).toContainText('아니요');
    await expect(entry).toContainText(/\d{1,2}:\d{2}/);
    await expect(entry).not.toContainText(/오전|오후|AM|PM/);
    await expect(entry.getByRole('link', { name: new RegExp(target.email) })).toHaveAttribute('href', /\/ko\/admin\/users#user-/);
  });
}

test('the due list starts with this year, then next year and later, then each passed year without an outcome', async ({ browser }) => {
  const page = await signedInPage(browser, await createAccount('staff'));
  await page.goto('/ko/admin/evaluations');
  const groups = await page.getByRole('navigation', { name: '이 페이지의 묶음' }).getByRole('link').allTextContents();
  const year = new Date().getFullYear();
  expect(groups[0]).toMatch(new RegExp(`^${year}년 평가 대상 \\(`));
  expect(groups[1]).toMatch(new RegExp(`^${year + 1}년 평가 대상 \\(`));
  const overdue = groups.slice(3, -1);
  expect(overdue.length).toBeGreaterThan(0);
  for (const group of overdue) expect(group).toMatch(/^\d{4}년 평가, 결과 없음 \(/);
  const years = overdue.map((group) => Number(group.slice(0, 4)));
  expect(years).toEqual([...years].sort((a, b) => b - a));
  await page.getByRole('link', { name: groups[3]! }).click();
  await expect(page.getByRole('table', { name: new RegExp(`^${years[0]}년 평가, 결과 없음`) })).toBeVisible();
});

test('a long list has page numbers, the current one marked', async ({ browser }) => {
  const page = await signedInPage(browser, await createAccount('staff'));
  await page.goto('/ko/admin/local-governments');
  const pager = page.getByRole('navigation', { name: '페이지' });
  await expect(pager.getByRole('link', { name: '1쪽' })).toHaveAttribute('aria-current', 'page');
  await pager.getByRole('link', { name: '3쪽' }).click();
  await expect(page).toHaveURL(/[?&]page=3(&|$)/);
  await expect(page.getByRole('navigation', { name: '페이지' }).getByRole('link', { name: '3쪽' })).toHaveAttribute('aria-current', 'page');
});

test('the users page finds a user by a word of the address, and by role', async ({ browser }) => {
  const [wanted, other] = [await createAccount('ministry'), await createAccount('ministry')];
  const page = await signedInPage(browser, await createAccount('admin'));
  await page.goto('/ko/admin/users');
  const search = page.getByRole('search');
  await search.getByLabel('이름이나 이메일').fill(wanted.email.split('@')[0]!.toUpperCase());
  // The users filter's own button: the header carries a site search too (issue 14).
  await search.getByRole('button', { name: '적용', exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByRole('listitem', { name: wanted.email })).toBeVisible();
  await expect(page.getByRole('listitem', { name: other.email })).toHaveCount(0);
  await page.goto('/ko/admin/users?role=ministry');
  await expect(page.getByRole('listitem', { name: other.email })).toBeVisible();
  await page.goto('/ko/admin/users?role=staff');
  await expect(page.getByRole('listitem', { name: other.email })).toHaveCount(0);
});
