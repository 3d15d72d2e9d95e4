// Issue 13, items 10 and 11: the database hangs (its processes stopped with SIGSTOP) while the
// portal serves. Pages from the cache keep answering; a page rendered per request answers a
// localized 503 within the connect timeout, the API a problem+json 503 with Retry-After within
// the statement timeout; a staff member's edit answers "unavailable, try again" and keeps what
// was typed; once the database resumes (SIGCONT) all of it works again, with no restart.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createAccount, signIn, type Account } from '../support/accounts';
import { startIsolatedPortal, type IsolatedPortal } from '../support/isolated-portal';

/** The portal's bounds for this test (lib/env.ts): kept short, so the test is quick. */
const CONNECT_TIMEOUT_MS = 2_000;
const STATEMENT_TIMEOUT_MS = 3_000;
/**
 * The most an answer may take during the outage: a statement's bound, then (for an API answer whose
 * error the cache withheld) one question to the database within the connect bound, plus a wide
 * margin for a busy machine.
 */
const ANSWER_WITHIN_MS = STATEMENT_TIMEOUT_MS + CONNECT_TIMEOUT_MS + 3_000;

const CACHED = ['/ko', '/en/regions/seoul', '/ko/cities/seoul-gwanak-gu', '/api/v1/regions'];
const UNCACHED_PAGE = '/ko/cities?q=%EA%B0%95%EB%82%A8';
const UNCACHED_API = '/api/v1/cities?q=zz';

let portal: IsolatedPortal;
let staff: Account;
let isPaused = false;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  portal = await startIsolatedPortal({
    env: { REGISTRY_DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS), REGISTRY_DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS) },
  });
  staff = await createAccount('staff', portal.ownerUrl);
});
test.afterAll(async () => {
  if (isPaused) await portal.signalDatabase('SIGCONT');
  await portal?.stop();
});

async function timed(request: APIRequestContext, path: string) {
  const started = performance.now();
  const response = await request.get(`${portal.origin}${path}`, { timeout: 30_000, maxRedirects: 0 });
  const body = await response.text();
  return { status: response.status(), ms: Math.round(performance.now() - started), headers: response.headers(), body };
}

test('a hung database: cached pages serve, the rest answers 503 in time, an edit keeps its values, and all recovers without a restart', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  for (const path of CACHED) expect((await timed(request, path)).status, path).toBe(200);
  // Signed in on this portal, not on the shared end-to-end server the page's base URL names.
  await page.goto(`${portal.origin}/ko/admin/sign-in`);
  await signIn(page, staff, 'ko');
  await page.goto(`${portal.origin}/ko/admin/designations/new`);
  await page.getByLabel('지방자치단체').selectOption({ label: '경북 청송군' });
  await page.getByLabel('최초 지정 연도').fill('2026');
  await page.getByLabel('출처').fill('교육부 보도자료 2026-12-01');

  const stopped = await portal.signalDatabase('SIGSTOP');
  isPaused = true;
  // The proxy reuses its last answer about the database for a second (lib/health/database-gate.ts,
  // ANSWER_TTL_MS): the edit screen just asked it, so the outage is seen from the next question on.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const figures: Record<string, string> = { 'database processes stopped': String(stopped) };

  for (const path of CACHED) {
    const answer = await timed(request, path);
    expect(answer.status, path).toBe(200);
    figures[`cached ${path}`] = `${answer.status} in ${answer.ms} ms`;
  }
  const pageAnswer = await timed(request, UNCACHED_PAGE);
  expect(pageAnswer.status).toBe(503);
  expect(pageAnswer.ms).toBeLessThan(ANSWER_WITHIN_MS);
  expect(pageAnswer.body).toContain('잠시 서비스를 이용할 수 없습니다');
  expect(pageAnswer.headers['retry-after']).toBe('5');
  expect(pageAnswer.headers['x-content-type-options']).toBe('nosniff');
  figures[`uncached page ${UNCACHED_PAGE}`] = `${pageAnswer.status} in ${pageAnswer.ms} ms`;

  const apiAnswer = await timed(request, UNCACHED_API);
  expect(apiAnswer.status).toBe(503);
  expect(apiAnswer.ms).toBeLessThan(ANSWER_WITHIN_MS);
  expect(apiAnswer.headers['content-type']).toBe('application/problem+json');
  expect(apiAnswer.headers['retry-after']).toBe('5');
  expect(JSON.parse(apiAnswer.body)).toMatchObject({ status: 503, type: '/developers#problem-unavailable' });
  figures[`uncached API ${UNCACHED_API}`] = `${apiAnswer.status} in ${apiAnswer.ms} ms`;

  const saving = performance.now();
  await page.getByRole('button', { name: '지정 등록' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '지금은 서비스를 쓸 수 없습니다' })).toBeVisible({ timeout: 15_000 });
  figures['edit answered "unavailable"'] = `in ${Math.round(performance.now() - saving)} ms`;
  await expect(page.getByLabel('지방자치단체')).toHaveValue(/\d+/);
  await expect(page.getByLabel('최초 지정 연도')).toHaveValue('2026');
  await expect(page.getByLabel('출처')).toHaveValue('교육부 보도자료 2026-12-01');

  await portal.signalDatabase('SIGCONT');
  isPaused = false;
  const resumed = performance.now();
  await expect.poll(async () => (await timed(request, UNCACHED_PAGE)).status, { timeout: 30_000 }).toBe(200);
  figures['uncached page 200 again after SIGCONT'] = `in ${Math.round(performance.now() - resumed)} ms`;
  expect((await timed(request, UNCACHED_API)).status).toBe(200);
  await page.getByRole('button', { name: '지정 등록' }).click();
  await expect(page).toHaveURL(/\/ko\/admin\/designations\/\d+\?saved=created$/, { timeout: 30_000 });
  console.log(`Database outage figures (connect ${CONNECT_TIMEOUT_MS} ms, statement ${STATEMENT_TIMEOUT_MS} ms):`);
  for (const [what, figure] of Object.entries(figures)) console.log(`  ${what}: ${figure}`);
});
