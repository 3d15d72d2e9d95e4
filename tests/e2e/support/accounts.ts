// Accounts for the signed-in journeys, made the way the README tells an operator to make the
// first admin: `npm run user:create`, password on standard input, against the end-to-end
// server's own throwaway database.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { expect, type Page } from '@playwright/test';
import { DATABASE_URL_FILE } from './server';

import type { Role } from '@/lib/auth/roles';

export type { Role };
export type Account = { email: string; password: string; role: Role };

const run = promisify(execFile);

/** An account on the end-to-end server's database, or on `databaseUrl` (the bench, the instances test). */
export async function createAccount(role: Role, databaseUrl?: string): Promise<Account> {
  const account = { email: `${role}-${randomUUID().slice(0, 8)}@e2e.example`, password: `e2e password ${randomUUID()}`, role };
  databaseUrl ??= (await readFile(DATABASE_URL_FILE, 'utf8')).trim();
  const child = run('npx', ['--no-install', 'tsx', 'scripts/user-create.ts', '--email', account.email, '--role', role], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  child.child.stdin?.end(`${account.password}\n`);
  const { stdout } = await child;
  expect(stdout).toContain(`Created ${role} ${account.email}`);
  return account;
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, account: Account, locale: 'ko' | 'en' = 'ko'): Promise<void> {
  const labels =
    locale === 'ko'
      ? { email: '이메일', password: '비밀번호', submit: '로그인' }
      : { email: 'E-mail', password: 'Password', submit: 'Sign in' };
  if (!page.url().includes('/admin/sign-in')) await page.goto(`/${locale}/admin/sign-in`);
  await page.getByLabel(labels.email).fill(account.email);
  await page.getByLabel(labels.password).fill(account.password);
  await page.getByRole('button', { name: labels.submit, exact: true }).click();
  await expect(page).not.toHaveURL(/\/admin\/sign-in/);
}
