// npm run bench [-- --proxy] [--seconds 10] [--connections 50]
// Builds the portal when its sources changed, starts it (`next start`) on a throwaway embedded
// PostgreSQL, and measures with wrk, at 50 connections, requests/s and p50/p99 latency of the
// home page, a region page, a city page, a search and an API list, against two references in the
// same run: a trivial prerendered Next page (the framework's ceiling) and the same bytes as a
// static file served by nginx (the machine's ceiling). Prints a table with the ratios and writes
// bench/results.json. With --proxy it also runs deploy/nginx.conf in front of the server,
// measures the pages through it, and times how long a staff edit takes to reach the public.
// wrk and nginx come from Debian; the script installs them when missing and it can (root).
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from './db/embedded';
import { proxyServerBlock, startNginx } from './support/nginx';
import { designateSeongju, EDITED_REGION_PATH, isSeongjuListed, msUntil } from './support/staff-edit';
import { startProductionServer, throwawayDatabase } from './support/production-server';

const { values } = parseArgs({
  options: {
    proxy: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
});
const SECONDS = Number(values.seconds);
/** The benchmark's own build, with its reference page (next.config.ts); `npm start`'s .next never has it. */
const DIST_DIR = '.next-bench';
process.env.REGISTRY_BENCH_REFERENCE = 'true';
const CONNECTIONS = Number(values.connections);

/** Targets (issue 7): pages and the API list ≥ 90 % of the trivial Next page, the search ≥ 50 %. */
const TARGETS = [
  { name: 'home', path: '/ko', minOfNext: 0.9 },
  { name: 'region page', path: '/ko/regions/gyeonggi', minOfNext: 0.9 },
  { name: 'city page', path: '/ko/cities/seoul-gwanak-gu', minOfNext: 0.9 },
  { name: 'search', path: '/ko/cities?q=%EA%B0%95', minOfNext: 0.5 },
  { name: 'API list', path: '/api/v1/cities?region=seoul', minOfNext: 0.9 },
] as const;
/** Through the proxy (issue 7): public pages ≥ 50 % of nginx's static rate, p99 < 50 ms. */
const PROXY_TARGETS = { minOfStatic: 0.5, maxP99Ms: 50, maxEditVisibleMs: 1000 };

type Measure = { name: string; path: string; requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number };

function ensureTools() {
  const missing = ['wrk', 'nginx'].filter((tool) => spawnSync(tool, tool === 'nginx' ? ['-v'] : ['--version']).error);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`Missing ${missing.join(' and ')}: apt-get install -y ${missing.join(' ')}`);
  console.log(`Installing ${missing.join(', ')} from Debian…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

const milliseconds = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? 1);

function wrk(url: string, seconds: number): Omit<Measure, 'name' | 'path'> {
  const output = execFileSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', '--timeout', '10s', url], {
    encoding: 'utf8',
  });
  const percentile = (p: string) => {
    const match = output.match(new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`));
    return match ? Math.round(milliseconds(match[1]!, match[2]!) * 100) / 100 : NaN;
  };
  const socket =
    output
      .match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/)
      ?.slice(1)
      .map(Number) ?? [];
  const non2xx = Number(output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  return {
    requestsPerSecond: Math.round(Number(output.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0)),
    p50Ms: percentile('50'),
    p99Ms: percentile('99'),
    errors: socket.reduce((sum, n) => sum + n, 0) + non2xx,
  };
}

function measure(name: string, origin: string, pathname: string): Measure {
  wrk(`${origin}${pathname}`, 2); // warm up
  const result = { name, path: pathname, ...wrk(`${origin}${pathname}`, SECONDS) };
  console.log(
    `  ${name.padEnd(28)} ${String(result.requestsPerSecond).padStart(7)} req/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms${result.errors ? `  ${result.errors} errors` : ''}`,
  );
  return result;
}

function machine() {
  const cpus = os.cpus();
  const version = (command: string, args: string[]) =>
    (spawnSync(command, args, { encoding: 'utf8' }).stderr + spawnSync(command, args, { encoding: 'utf8' }).stdout).trim().split('\n')[0];
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    wrk: version('wrk', ['--version']),
    nginx: version('nginx', ['-v']),
  };
}

/** A staff member designates a city; how long until the public region page, through the proxy, shows it. */
async function editVisibility(proxyOrigin: string, databaseUrl: string): Promise<number> {
  const regionUrl = `${proxyOrigin}${EDITED_REGION_PATH}`;
  if (await isSeongjuListed(regionUrl)) throw new Error('The city is already designated.');
  // The page is in the proxy's cache before the edit, as it would be under load.
  for (let i = 0; i < 3; i++) await fetch(regionUrl).then((response) => response.text());
  const saved = await designateSeongju(proxyOrigin, databaseUrl);
  const ms = await msUntil(() => isSeongjuListed(regionUrl), saved, 30_000);
  if (ms === null) throw new Error('The edit did not reach the public page within 30 s.');
  return ms;
}

ensureTools();
console.log('Building the portal if its sources changed…');
execFileSync('npx', ['--no-install', 'tsx', 'scripts/serve.ts', '--build-only'], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_DIST_DIR: DIST_DIR },
});

const database = await throwawayDatabase();
const secret = randomBytes(32).toString('base64url');
const [nextPort, staticPort, proxyPort] = [await freePort(), await freePort(), await freePort()];
const next = await startProductionServer({ databaseUrl: database.url, port: nextPort, distDir: DIST_DIR, secret });
const work = await mkdtemp(path.join(os.tmpdir(), 'registry-bench-'));
const stops: (() => Promise<void>)[] = [];
try {
  // The machine's ceiling: the reference page's bytes as a file.
  const reference = await (await fetch(`${next.origin}/bench-reference`)).text();
  await mkdir(path.join(work, 'static/root'), { recursive: true });
  await writeFile(path.join(work, 'static/root/reference.html'), reference);
  const staticServer = await startNginx(
    path.join(work, 'static'),
    `server { listen 127.0.0.1:${staticPort}; root ${work}/static/root; }`,
    staticPort,
  );
  stops.push(staticServer.stop);

  console.log(`\nDirect to next start (${CONNECTIONS} connections, ${SECONDS} s each):`);
  const nginxStatic = measure('nginx: the same bytes, static', `http://127.0.0.1:${staticPort}`, '/reference.html');
  const nextReference = measure('next: trivial prerendered page', next.origin, '/bench-reference');
  const pages = TARGETS.map((target) => ({ ...measure(target.name, next.origin, target.path), minOfNext: target.minOfNext }));

  let proxy: { pages: (Measure & { minOfStatic: number; maxP99Ms: number })[]; editVisibleMs: number } | null = null;
  if (values.proxy) {
    const block = await proxyServerBlock({ upstreamPort: nextPort, listenPort: proxyPort, cacheDir: path.join(work, 'proxy/cache') });
    const proxyServer = await startNginx(path.join(work, 'proxy'), block, proxyPort);
    stops.push(proxyServer.stop);
    const origin = `http://127.0.0.1:${proxyPort}`;
    console.log(`\nThrough nginx (deploy/nginx.conf) in front of next start:`);
    const proxied = TARGETS.filter((target) => !target.path.startsWith('/api')).map((target) => ({
      ...measure(`proxy: ${target.name}`, origin, target.path),
      minOfStatic: PROXY_TARGETS.minOfStatic,
      maxP99Ms: PROXY_TARGETS.maxP99Ms,
    }));
    const editVisibleMs = await editVisibility(origin, database.url);
    console.log(`  a staff edit reached the public page in ${editVisibleMs} ms`);
    proxy = { pages: proxied, editVisibleMs };
  }

  const percent = (value: number) => `${Math.round(value * 100)} %`;
  console.log('\n| measured | req/s | p50 | p99 | vs trivial Next page | vs nginx static | target | |');
  console.log('|---|---:|---:|---:|---:|---:|---|---|');
  const rows: string[] = [];
  const row = (m: Measure, target: string, isMet: boolean | null) =>
    `| ${m.name} \`${m.path}\` | ${m.requestsPerSecond} | ${m.p50Ms} ms | ${m.p99Ms} ms | ${percent(m.requestsPerSecond / nextReference.requestsPerSecond)} | ${percent(m.requestsPerSecond / nginxStatic.requestsPerSecond)} | ${target} | ${isMet === null ? '' : isMet ? 'met' : 'missed'} |`;
  rows.push(row(nginxStatic, 'machine ceiling', null), row(nextReference, 'framework ceiling', null));
  for (const page of pages)
    rows.push(
      row(
        page,
        `≥ ${percent(page.minOfNext)} of Next`,
        page.requestsPerSecond >= page.minOfNext * nextReference.requestsPerSecond && page.errors === 0,
      ),
    );
  for (const page of proxy?.pages ?? []) {
    rows.push(
      row(
        page,
        `≥ ${percent(page.minOfStatic)} of nginx, p99 < ${page.maxP99Ms} ms`,
        page.requestsPerSecond >= page.minOfStatic * nginxStatic.requestsPerSecond && page.p99Ms < page.maxP99Ms && page.errors === 0,
      ),
    );
  }
  console.log(rows.join('\n'));
  if (proxy)
    console.log(
      `\nA staff edit reached the public through the proxy in ${proxy.editVisibleMs} ms (target < ${PROXY_TARGETS.maxEditVisibleMs} ms).`,
    );

  await mkdir('bench', { recursive: true });
  const file = proxy ? 'bench/results-proxy.json' : 'bench/results.json';
  await writeFile(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), connections: CONNECTIONS, seconds: SECONDS, references: { nginxStatic, nextReference }, pages, proxy, targets: { pages: TARGETS, proxy: PROXY_TARGETS } }, null, 2)}\n`,
  );
  console.log(`\nWrote ${file}.`);
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  await next.stop();
  await database.stop();
  await rm(work, { recursive: true, force: true });
}
