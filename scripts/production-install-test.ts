// The production-install check (.ci/run runs it with the machine's own Node, 20 on these machines,
// after npm test): the committed tree, copied into a new folder inside a mode-700 folder, installed
// and served the way a server is set up, then stopped the way a person stops it.
//   npm ci && npm run build && npm prune --omit=dev && npm start     (the default)
//   npm ci --omit=dev && npm start                                    (--omit-dev-install)
// It passes when /ko, /en and a city page answer 200 with the registry's content, and Ctrl-C
// (SIGINT to the process group) ends npm start (0 or 130, Ctrl-C's code) with PostgreSQL stopped. Run as root
// (CI, containers), the mode-700 folder is the case of a clone the user `postgres` cannot enter:
// the portal must serve (binaries and data where postgres can reach them, said in one line) or exit
// with one clear message; a stack trace fails the check either way.
//   npx tsx scripts/production-install-test.ts [--omit-dev-install] [--keep]
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './db/embedded';
import { postgresHome } from './db/embedded-placement';

const omitDevInstall = process.argv.includes('--omit-dev-install');
const keep = process.argv.includes('--keep');
const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const failures: string[] = [];

const parent = mkdtempSync(path.join(os.tmpdir(), 'registry-install-'));
chmodSync(parent, 0o700);
const clone = path.join(parent, 'registry');
mkdirSync(clone);
const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${clone}"`]);
console.log(
  `Commit ${commit.slice(0, 12)} in ${clone} (parent mode ${(statSync(parent).mode & 0o777).toString(8)}), as ${os.userInfo().username}, Node ${process.version}`,
);

const env: NodeJS.ProcessEnv = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
delete env.DATABASE_URL;
delete env.NEXT_DIST_DIR;
delete env.PORT;

function step(name: string, args: string[]): void {
  const since = Date.now();
  console.log(`\n▶ ${name}`);
  const run = spawnSync('npm', args, { cwd: clone, env, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`${name} exited with ${run.status ?? run.signal}`);
  console.log(`  ${name}: ${seconds(since)}`);
}

/** Output lines that look like a JavaScript stack frame. */
const stackFrames = (output: string) => output.split('\n').filter((line) => /^\s+at .+(:\d+:\d+\)?|\(node:)/.test(line));

async function fetchPage(origin: string, pathname: string, expected: string[]): Promise<void> {
  const response = await fetch(`${origin}${pathname}`);
  const html = await response.text();
  const missing = expected.filter((text) => !html.includes(text));
  console.log(`  GET ${pathname}: ${response.status}, ${html.length} characters${missing.length ? `, missing ${missing.join(', ')}` : ''}`);
  if (response.status !== 200) failures.push(`GET ${pathname} answered ${response.status}`);
  if (missing.length) failures.push(`GET ${pathname} lacks ${missing.join(', ')}`);
}

function exited(child: ChildProcess, ms: number): Promise<{ code: number | null; signal: string | null } | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

/** Waits until no process of the group `pgid` is left. */
async function groupEnded(pgid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return true;
    }
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

let dataDir = path.join(clone, '.data', 'pg');
let server: ChildProcess | undefined;
try {
  if (omitDevInstall) step('npm ci --omit=dev', ['ci', '--omit=dev', '--prefer-offline']);
  else {
    step('npm ci', ['ci', '--prefer-offline']);
    step('npm run build', ['run', 'build']);
    step('npm prune --omit=dev', ['prune', '--omit=dev']);
  }
  // Dev-only tools are gone (vitest and @playwright/test stay: optional peers of better-auth and next).
  for (const devOnly of ['eslint', 'prettier', 'fast-check', '@axe-core/playwright'])
    if (existsSync(path.join(clone, 'node_modules', devOnly))) failures.push(`${devOnly} (a devDependency) is installed`);

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  console.log(`\n▶ npm start (PORT=${port})`);
  const since = Date.now();
  // Its own process group, so that SIGINT reaches npm, the portal, Next and PostgreSQL together, as
  // Ctrl-C in a terminal does.
  server = spawn('npm', ['start'], { cwd: clone, env: { ...env, PORT: String(port) }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  for (const stream of [server.stdout!, server.stderr!])
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
  const deadline = Date.now() + 10 * 60_000;
  let isUp = false;
  while (!isUp && server.exitCode === null && Date.now() < deadline) {
    isUp = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (!isUp) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const moved = output.match(/its data in (\/\S+?)[,.]?(?:\s|$)/)?.[1];
  if (moved) dataDir = moved;
  if (!isUp) {
    const end = await exited(server, 1_000);
    failures.push(end ? `npm start exited with ${end.code ?? end.signal} without serving` : 'npm start did not serve within 10 minutes');
  } else {
    console.log(`  serving after ${seconds(since)}${/Building the portal/.test(output) ? ' (it built first)' : ''}`);
    await fetchPage(origin, '/ko', ['lang="ko"', '전국 평생학습도시 레지스트리']);
    await fetchPage(origin, '/en', ['lang="en"', 'Korea Lifelong Learning Cities Registry']);
    await fetchPage(origin, '/ko/cities/seoul-gwanak-gu', ['관악구']);
    process.kill(-server.pid!, 'SIGINT');
    const end = await exited(server, 60_000);
    const isGroupGone = await groupEnded(server.pid!, 60_000);
    console.log(
      `  after SIGINT: ${end ? `exit ${end.code ?? end.signal}` : 'still running after 60 s'}${isGroupGone ? ', every process of it ended' : ''}`,
    );
    // Ctrl-C's conventions: 0, 130 (128 + SIGINT) or death by SIGINT; anything else is a failure.
    if (!end || !(end.code === 0 || end.code === 130 || end.signal === 'SIGINT'))
      failures.push(`npm start ended with ${end ? (end.code ?? end.signal) : 'nothing (still running)'} after SIGINT`);
    if (!isGroupGone) failures.push('processes of npm start were still running 60 s after SIGINT');
  }
  const frames = stackFrames(output);
  if (frames.length) failures.push(`npm start printed a stack trace (${frames[0]!.trim()} …)`);
  if (existsSync(path.join(dataDir, 'postmaster.pid'))) failures.push(`PostgreSQL still holds ${dataDir} (postmaster.pid)`);
  const postgres = spawnSync('pgrep', ['-f', `-D ${dataDir}`], { encoding: 'utf8' }).stdout.trim();
  if (postgres) failures.push(`PostgreSQL still runs on ${dataDir} (PID ${postgres})`);
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  // Whatever is left of a failed run: the whole group, PostgreSQL included.
  if (server?.pid && !(await groupEnded(server.pid, 0))) process.kill(-server.pid, 'SIGKILL');
}

console.log(
  `\nProduction install (${omitDevInstall ? 'npm ci --omit=dev' : 'npm ci, build, prune --omit=dev'}), ${seconds(started)} in all.`,
);
if (keep || failures.length) console.log(`Kept: ${clone} and its database ${dataDir}`);
else {
  rmSync(parent, { recursive: true, force: true });
  // A data folder moved for the postgres user belongs to this throwaway clone only.
  if (path.dirname(dataDir) === path.join(postgresHome(), 'data')) rmSync(dataDir, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`✗ ${failures.join('\n✗ ')}`);
  process.exit(1);
}
console.log('✓ served /ko, /en and a city page from the production install; Ctrl-C stopped it and PostgreSQL cleanly.');
