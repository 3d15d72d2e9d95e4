// The load test (issue 7): 100 concurrent clients for 30 s against the public pages and the API
// of a production server on loopback (the end-to-end build, a throwaway database); it passes
// with zero errors: no socket error, no timeout, no response other than 2xx or 3xx.
//   npx tsx scripts/load-test.ts [--seconds 30] [--connections 100]
import { execFileSync, spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { freePort } from './db/embedded';
import { startProductionServer, throwawayDatabase } from './support/production-server';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '30' }, connections: { type: 'string', default: '100' } } });
export const LOAD_PATHS = [
  '/ko',
  '/en',
  '/ko/regions/seoul',
  '/en/regions/gyeonggi',
  '/ko/cities/seoul-gwanak-gu',
  '/en/cities/busan-yeonje-gu',
  '/ko/cities?q=%EA%B0%95',
  '/ko/statistics',
  '/ko/registry?asOf=2019-10-01',
  '/api/v1/regions',
  '/api/v1/cities?region=seoul',
  '/api/health',
];

if (spawnSync('wrk', ['--version']).error) {
  console.error('wrk is not installed: apt-get install -y wrk (.ci/run installs it).');
  process.exit(1);
}

const database = await throwawayDatabase();
const server = await startProductionServer({ databaseUrl: database.url, port: await freePort() });
let exitCode = 1;
try {
  // Every path answers before the load starts (and warms what is cached).
  for (const path of LOAD_PATHS) {
    const response = await fetch(`${server.origin}${path}`);
    if (!response.ok) throw new Error(`${path} answered ${response.status} before the load`);
    await response.arrayBuffer();
  }
  const output = execFileSync(
    'wrk',
    ['-t2', `-c${values.connections}`, `-d${values.seconds}s`, '--timeout', '10s', '--latency', '-s', 'scripts/load/paths.lua', server.origin],
    { env: { ...process.env, PATHS: LOAD_PATHS.join(' ') }, encoding: 'utf8' },
  );
  console.log(output);
  const requests = Number(output.match(/(\d+) requests in/)?.[1] ?? 0);
  const socketErrors = output.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/)?.slice(1).map(Number) ?? [0, 0, 0, 0];
  const non2xx = Number(output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const errors = socketErrors.reduce((sum, n) => sum + n, 0) + non2xx;
  console.log(`${requests} requests from ${values.connections} clients in ${values.seconds} s: ${errors} errors (socket ${socketErrors.join('/')}, non-2xx/3xx ${non2xx}).`);
  exitCode = requests > 0 && errors === 0 ? 0 : 1;
} finally {
  await server.stop();
  await database.stop();
}
process.exit(exitCode);
