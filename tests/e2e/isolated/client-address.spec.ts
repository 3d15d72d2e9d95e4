// Issue 13, item 1: the per-address sign-in limit counts the address of the connection, never one
// a client wrote. Straight to the portal's server, and through nginx with the shipped recipe
// (deploy/nginx.conf), a browser sending forged X-Forwarded-For and X-Real-IP headers is locked
// out after twenty failures, and changing the forged address does not let it through. On a portal
// of its own: locking the test machine's address would lock every other test out.
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { createAccount, type Account } from '../support/accounts';
import { startIsolatedPortal, type IsolatedPortal } from '../support/isolated-portal';

test.describe.configure({ mode: 'serial' });

let portal: IsolatedPortal;
let database: pg.Client;
let account: Account;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // nginx connects from 127.0.0.2, the one proxy the portal trusts; browsers come from 127.0.0.1.
  portal = await startIsolatedPortal({ env: { REGISTRY_TRUSTED_PROXIES: '127.0.0.2' } });
  database = new pg.Client({ connectionString: portal.ownerUrl });
  await database.connect();
  account = await createAccount('staff', portal.ownerUrl);
});
test.afterAll(async () => {
  await database?.end();
  await portal?.stop();
});

async function attempt(page: Page, origin: string, email: string, password: string, forged: string): Promise<string> {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': forged, 'X-Real-IP': forged });
  await page.goto(`${origin}/en/admin/sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: /./ });
  await expect(alert).toBeVisible();
  return (await alert.textContent()) ?? '';
}

async function lockedAddresses(): Promise<string[]> {
  const rows = await database.query(`SELECT "key" FROM "SignInThrottle" WHERE "key" LIKE 'ip:%' AND "lockedUntil" > now() ORDER BY 1`);
  return rows.rows.map((row) => row.key as string);
}

for (const route of ['through the proxy recipe', 'straight to the portal'] as const) {
  test(`forged client headers do not escape the per-address limit, ${route}`, async ({ page }) => {
    test.setTimeout(120_000);
    await database.query(`DELETE FROM "SignInThrottle"`);
    const origin = route === 'straight to the portal' ? portal.origin : await portal.startProxy({ bindAddress: '127.0.0.2' });
    for (let failure = 1; failure <= 20; failure++) {
      const answer = await attempt(page, origin, `nobody-${failure}@e2e.example`, 'wrong password!', '192.0.2.200');
      expect(answer, `failure ${failure}`).toContain(failure < 20 ? 'not right' : 'Too many sign-in attempts');
    }
    // Another forged address, the right password: still locked, for the address is the connection's.
    expect(await attempt(page, origin, account.email, account.password, '192.0.2.201')).toContain('Too many sign-in attempts');
    expect(await lockedAddresses()).toEqual(['ip:127.0.0.1']);
    const logged = await database.query(`SELECT DISTINCT "address" FROM "SecurityEvent" WHERE "kind" IN ('sign_in_failure', 'lockout')`);
    expect(logged.rows.map((row) => row.address)).toEqual(['127.0.0.1']);
  });
}

test('the proxy recipe never writes a calendar feed’s secret to its access log', async ({ request }) => {
  const origin = await portal.startProxy({ bindAddress: '127.0.0.2' });
  const secret = 'Xq7-not-a-real-calendar-secret-but-shaped-1';
  expect((await request.get(`${origin}/api/calendar/${secret}`)).status()).toBe(404);
  expect((await request.get(`${origin}/api/health`)).status()).toBe(200);
  await expect.poll(() => portal.accessLog()).toContain('/api/health');
  expect(await portal.accessLog()).not.toContain(secret);
});
