// The fault test (issue 7): a staff member applies a large write — a whole evaluation round for
// every designated city, one transaction with an audit entry per city — and the server is killed
// with SIGKILL while that transaction is open. After a restart the database holds all of that
// write or none of it, and the audit trail agrees with it. Then the same write, undisturbed,
// lands whole.
//   npx tsx scripts/fault-test.ts
import { chromium } from '@playwright/test';
import pg from 'pg';
import { existsSync } from 'node:fs';
import { freePort } from './db/embedded';
import { startProductionServer, throwawayDatabase } from './support/production-server';
import { execFileSync } from 'node:child_process';

const SOURCE = 'fault test: the 2027 round';
const PASSWORD = 'a long enough fault-test password';

async function counts(client: pg.Client) {
  const evaluations = await client.query(`SELECT count(*)::int AS n FROM "Evaluation" WHERE source = $1`, [SOURCE]);
  const audit = await client.query(
    `SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'record-evaluation' AND changes->'evaluation2027.source'->>'after' = $1`,
    [SOURCE],
  );
  return { evaluations: evaluations.rows[0].n as number, audit: audit.rows[0].n as number };
}

const database = await throwawayDatabase();
const client = new pg.Client({ connectionString: database.url });
await client.connect();
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const port = await freePort();
const secret = 'fault-test-secret-fault-test-secret-fault-test';
let failure: string | null = null;
try {
  execFileSync('npx', ['--no-install', 'tsx', 'scripts/user-create.ts', '--email', 'fault@test.example', '--role', 'staff'], {
    input: `${PASSWORD}\n`,
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  const codes = (
    await client.query(`
      SELECT lg.code FROM "Designation" d JOIN "LocalGovernment" lg ON lg.id = d."localGovernmentId"
      WHERE d."endReason" IS NULL AND lg."abolishedOn" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Evaluation" e WHERE e."designationId" = d.id AND e.outcome IN ('cancelled', 'withdrawn'))
      ORDER BY lg.code`)
  ).rows.map((row) => row.code as string);
  const list = codes.map((code) => `${code},재지정`).join('\n');

  const applyRound = async (origin: string, page: Awaited<ReturnType<typeof browser.newPage>>) => {
    await page.goto(`${origin}/ko/admin/sign-in`);
    if (page.url().includes('sign-in')) {
      await page.getByLabel('이메일').fill('fault@test.example');
      await page.getByLabel('비밀번호').fill(PASSWORD);
      await page.getByRole('button', { name: '로그인', exact: true }).click();
      await page.waitForURL(/\/ko\/admin$/);
    }
    await page.goto(`${origin}/ko/admin/evaluations/import`);
    await page.getByLabel(/^평가 연도/).fill('2027');
    await page.getByLabel(/^출처/).fill(SOURCE);
    await page.getByLabel(/^결과 목록/).fill(list);
    await page.getByRole('button', { name: '모두 저장' }).click();
  };

  // 1. Killed in the middle of the write.
  let server = await startProductionServer({ databaseUrl: database.url, port, secret });
  const page = await browser.newPage();
  await applyRound(server.origin, page);
  const deadline = Date.now() + 30_000;
  let sawTransaction = false;
  while (Date.now() < deadline) {
    const open = await client.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL AND query ILIKE '%Evaluation%'`,
    );
    if (open.rows[0].n > 0) {
      sawTransaction = true;
      await new Promise((resolve) => setTimeout(resolve, 150));
      server.child.kill('SIGKILL');
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  if (!sawTransaction) throw new Error('The write was never seen in progress; nothing was killed.');
  await new Promise((resolve) => server.child.once('exit', resolve));
  await page.close();
  const afterKill = await counts(client);
  console.log(
    `Killed mid-write (${codes.length} cities): ${afterKill.evaluations} evaluations and ${afterKill.audit} audit entries remain.`,
  );
  if (!(afterKill.evaluations === 0 || afterKill.evaluations === codes.length) || afterKill.audit !== afterKill.evaluations) {
    failure = `partial write after SIGKILL: ${JSON.stringify(afterKill)}`;
  }

  // 2. Restarted: healthy, the same state, and the write applied undisturbed lands whole.
  server = await startProductionServer({ databaseUrl: database.url, port, secret });
  if (JSON.stringify(await counts(client)) !== JSON.stringify(afterKill)) failure ??= 'the state changed across the restart';
  if (afterKill.evaluations === 0) {
    const retry = await browser.newPage();
    await applyRound(server.origin, retry);
    await retry
      .getByRole('status')
      .filter({ hasText: /평가 결과 \d+건을 한꺼번에 기록했습니다/ })
      .waitFor({ timeout: 60_000 });
    const applied = await counts(client);
    console.log(`Applied after the restart: ${applied.evaluations} evaluations, ${applied.audit} audit entries.`);
    if (applied.evaluations !== codes.length || applied.audit !== codes.length) failure ??= `retry incomplete: ${JSON.stringify(applied)}`;
  }
  await server.stop();
} finally {
  await browser.close();
  await client.end();
  await database.stop();
}
if (failure) {
  console.error(`Fault test failed: ${failure}`);
  process.exit(1);
}
console.log('Fault test passed: all or nothing, and the audit trail agrees.');
