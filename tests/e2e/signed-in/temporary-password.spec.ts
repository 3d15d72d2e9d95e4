// Issue 13, items 3 and 5: a user signed in with the temporary password an administrator issued
// can open no screen but the password page and is refused a guessable password there, in Korean;
// once they chose a good one, the signed-in area opens. The audit page takes an impossible date
// as no filter.
import { expect, test } from '@playwright/test';
import { createAccount, signIn } from '../support/accounts';

/** "새 비밀번호* 필수", not "새 비밀번호 확인* 필수". */
const NEW_PASSWORD = /^새 비밀번호\s*\*/;

test('a temporary password opens only the password page, which refuses a guessable new password', async ({ browser, page }) => {
  const admin = await createAccount('admin');
  await signIn(page, admin);
  await page.goto('/ko/admin/users');
  const email = `temporary-${Date.now()}@e2e.example`;
  const create = page.getByRole('region', { name: '새 사용자' });
  await create.getByLabel('이메일').fill(email);
  await create.getByLabel('이름').fill('임시 사용자');
  await create.getByLabel('역할').selectOption('staff');
  await create.getByRole('button', { name: '사용자 만들기' }).click();
  const temporary = (await page.getByTestId('temporary-password').textContent())!.trim();
  expect(temporary).toMatch(/^[A-Za-z0-9]{16}$/);

  const newcomer = await (await browser.newContext({ locale: 'ko-KR' })).newPage();
  await newcomer.goto('/ko/admin/sign-in');
  await newcomer.getByLabel('이메일').fill(email);
  await newcomer.getByLabel('비밀번호').fill(temporary);
  await newcomer.getByRole('button', { name: '로그인', exact: true }).click();
  await expect(newcomer).toHaveURL(/\/ko\/admin\/account\/password$/);
  for (const screen of ['/ko/admin', '/ko/admin/designations/new', '/ko/admin/evaluations']) {
    await newcomer.goto(screen);
    await expect(newcomer, screen).toHaveURL(/\/ko\/admin\/account\/password$/);
  }

  await newcomer.getByLabel('현재 비밀번호').fill(temporary);
  await newcomer.getByLabel(NEW_PASSWORD).fill('password1234');
  await newcomer.getByLabel('새 비밀번호 확인').fill('password1234');
  await newcomer.getByRole('button', { name: '비밀번호 바꾸기' }).click();
  await expect(newcomer.getByLabel(NEW_PASSWORD)).toHaveAccessibleDescription(/유출된 적이 있는 비밀번호/);
  // Passwords are never sent back: the fields are empty again.
  await expect(newcomer.getByLabel('현재 비밀번호')).toHaveValue('');

  const chosen = 'a calm river under seven bridges';
  await newcomer.getByLabel('현재 비밀번호').fill(temporary);
  await newcomer.getByLabel(NEW_PASSWORD).fill(chosen);
  await newcomer.getByLabel('새 비밀번호 확인').fill(chosen);
  await newcomer.getByRole('button', { name: '비밀번호 바꾸기' }).click();
  await expect(newcomer).toHaveURL(/\/ko\/admin\?passwordChanged=1$/);
  await newcomer.goto('/ko/admin/designations/new');
  await expect(newcomer.getByRole('heading', { level: 1 })).toHaveText('새 평생학습도시 지정');

  // The security log shows the newcomer's sign-in and password change to the admin.
  await page.goto(`/ko/admin/security-log?email=${encodeURIComponent(email)}`);
  await expect(page.getByRole('table')).toContainText('로그인 성공');
  await expect(page.getByRole('table')).toContainText('비밀번호 변경');
});

test('the audit page reads an impossible date as no filter', async ({ page }) => {
  const admin = await createAccount('admin');
  await signIn(page, admin);
  const response = await page.goto('/ko/admin/audit?from=9999-99-99&to=2026-02-30');
  expect(response!.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('감사 기록');
  await expect(page.getByLabel('시작일')).toHaveValue('');
});
