// The load test (issue 7), on loopback, bounded in time: 100 concurrent clients, zero errors (no
// socket error, no timeout, nothing but 2xx and 3xx), on a production build (the end-to-end
// one) over a throwaway database, in two runs:
//   1. straight to `next start`, for 15 s: the prerendered pages and the API — reported, not
//      judged: Next alone answers everything, but under 100 connections its slowest answers take
//      seconds (bench/results.json); production puts nginx in front (deploy/nginx.conf);
//   2. through nginx as deployed (deploy/nginx.conf), for 30 s: those and the
//      pages rendered per request (search, the registry on a date, the map of a day).
//   npx tsx scripts/load-test.ts [--connections 100] [--seconds 30]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from './db/embedded';
import { CACHED_PATHS, PER_REQUEST_PATHS } from './load-paths';
import { proxyServerBlock, startNginx } from './support/nginx';
import { startProductionServer, throwawayDatabase } from './support/production-server';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '30' }, connections: { type: 'string', default: '100' } } });
const SECONDS = Number(values.seconds);

for (const tool of ['wrk', 'nginx']) {
  if (spawnSync(tool, tool === 'nginx' ? ['-v'] : ['--version']).error) {
    console.error(`${tool} is not installed: apt-get install -y ${tool} (.ci/run installs it).`);
    process.exit(1);
  }
}

function load(origin: string, paths: string[], seconds: number): boolean {
  const output = execFileSync(
    'wrk',
    ['-t2', `-c${values.connections}`, `-d${seconds}s`, '--timeout', '10s', '--latency', '-s', 'scripts/load/paths.lua', origin],
    { env: { ...process.env, PATHS: paths.join(' ') }, encoding: 'utf8' },
  );
  console.log(output);
  const requests = Number(output.match(/(\d+) requests in/)?.[1] ?? 0);
  const socket = output
    .match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/)
    ?.slice(1)
    .map(Number) ?? [0, 0, 0, 0];
  const non2xx = Number(output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const errors = socket.reduce((sum, n) => sum + n, 0) + non2xx;
  console.log(
    `${requests} requests from ${values.connections} clients in ${seconds} s: ${errors} errors (socket ${socket.join('/')}, non-2xx/3xx ${non2xx}).\n`,
  );
  return requests > 0 && errors === 0;
}

async function answersAll(origin: string, paths: string[]) {
  for (const pathname of paths) {
    const response = await fetch(`${origin}${pathname}`, { headers: { connection: 'close' } });
    if (!response.ok) throw new Error(`${pathname} answered ${response.status} before the load`);
    await response.arrayBuffer();
  }
}

const database = await throwawayDatabase();
const secret = 'load-test-secret-load-test-secret-load-test-secret';
const [port1, proxyPort] = [await freePort(), await freePort()];
const first = await startProductionServer({ databaseUrl: database.url, port: port1, secret });
const work = await mkdtemp(path.join(os.tmpdir(), 'registry-load-'));
let proxy: { stop: () => Promise<void> } | null = null;
let isPassed = false;
try {
  await answersAll(first.origin, [...CACHED_PATHS, ...PER_REQUEST_PATHS]);
  console.log(`1. Straight to next start: ${CACHED_PATHS.length} prerendered pages and API paths, ${Math.round(SECONDS / 2)} s.`);
  if (!load(first.origin, CACHED_PATHS, Math.round(SECONDS / 2)))
    console.warn('Straight to next start, some answers took longer than 10 s or failed (reported, not judged).\n');

  proxy = await startNginx(
    work,
    await proxyServerBlock({ upstreamPort: port1, listenPort: proxyPort, cacheDir: path.join(work, 'cache') }),
    proxyPort,
  );
  const origin = `http://127.0.0.1:${proxyPort}`;
  await answersAll(origin, [...CACHED_PATHS, ...PER_REQUEST_PATHS]);
  console.log(`2. Through nginx (deploy/nginx.conf): all ${CACHED_PATHS.length + PER_REQUEST_PATHS.length} paths, ${SECONDS} s.`);
  const isProxyPassed = load(origin, [...CACHED_PATHS, ...PER_REQUEST_PATHS], SECONDS);
  isPassed = isProxyPassed;
} finally {
  await proxy?.stop();
  await first.stop();
  await database.stop();
  await rm(work, { recursive: true, force: true });
}
console.log(isPassed ? 'Load test passed: no errors.' : 'Load test failed.');
process.exit(isPassed ? 0 : 1);
