// A staff member designates 경북 성주군 in a real Chromium, and a check of whether a public
// region page lists it: how the bench and the instances test time an edit reaching the public.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { createAccount, signIn } from '../../tests/e2e/support/accounts';

export const EDITED_REGION_PATH = '/ko/regions/gyeongbuk';

/** Whether the region page at `url` lists 성주군 among its learning cities (the table before the undesignated ones). */
export async function isSeongjuListed(url: string): Promise<boolean> {
  const html = await (await fetch(url)).text();
  return (html.split('not-designated-heading')[0] ?? '').includes('>성주군</a>');
}

/** Creates a staff account on `databaseUrl`, signs in at `origin` and designates 성주군; returns when it was saved. */
export async function designateSeongju(origin: string, databaseUrl: string): Promise<number> {
  const account = await createAccount('staff', databaseUrl);
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ baseURL: origin });
    await signIn(page, account);
    await page.goto('/ko/admin/designations/new');
    await page.getByLabel(/^지방자치단체/).selectOption({ label: '경북 성주군' });
    await page.getByLabel(/^최초 지정 연도/).fill('2026');
    await page.getByLabel(/^출처/).fill('a timed staff edit (scripts/support/staff-edit.ts)');
    await page.getByRole('button', { name: '지정 등록' }).click();
    await page.waitForURL(/\/ko\/admin\/designations\/\d+\?saved=created$/);
    return Date.now();
  } finally {
    await browser.close();
  }
}

/** Milliseconds from `since` until `isDone` holds, polling every 20 ms; null after `withinMs`. */
export async function msUntil(isDone: () => Promise<boolean>, since: number, withinMs: number): Promise<number | null> {
  while (!(await isDone())) {
    if (Date.now() - since > withinMs) return null;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - since;
}
