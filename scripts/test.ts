// npm test — every test tier, in order, with a summary at the end:
// types, lint, messages, unit + integration (Vitest, real PostgreSQL), end-to-end (Playwright
// on a production build), then on that build the JavaScript budget, a load test, a fault test
// and a test of two instances. Exits non-zero if any step failed.
// It depends on the repository only: no step asks the registry anything (`npx --no-install` runs
// the locked local binaries and never downloads), so the same commit gives the same result
// tomorrow. What the registry publishes later is `npm run check:updates`' business.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Vitest 5 and ESLint's parser need a newer Node than the portal does: say so in one line
// instead of failing deep inside a tool (package.json devEngines; .nvmrc is what CI runs).
const wanted = (JSON.parse(readFileSync('package.json', 'utf8')) as { devEngines: { runtime: { version: string } } }).devEngines.runtime
  .version;
const major = Number(process.versions.node.split('.')[0]);
if (major < Number(wanted.match(/\d+/)?.[0])) {
  console.error(
    `npm test needs Node ${wanted} (devEngines; CI runs ${readFileSync('.nvmrc', 'utf8').trim()} from .nvmrc); this is Node ${process.versions.node}.`,
  );
  process.exit(1);
}

const steps: { name: string; command: string[] }[] = [
  { name: 'route types (next typegen)', command: ['npx', '--no-install', 'next', 'typegen'] },
  { name: 'typecheck (tsc)', command: ['npx', '--no-install', 'tsc', '--noEmit'] },
  { name: 'lint (eslint)', command: ['npx', '--no-install', 'eslint', '.', '--max-warnings=0'] },
  { name: 'format (prettier --check)', command: ['npx', '--no-install', 'prettier', '--check', '.'] },
  { name: 'messages (check:i18n)', command: ['npx', '--no-install', 'tsx', 'scripts/check-i18n.ts'] },
  { name: 'unit + integration (vitest)', command: ['npx', '--no-install', 'vitest', 'run'] },
  { name: 'end-to-end (playwright)', command: ['npx', '--no-install', 'playwright', 'test'] },
  // Reads the production build the end-to-end tests made (.next-e2e).
  { name: 'JavaScript budget', command: ['npx', '--no-install', 'tsx', 'scripts/check-js-budget.ts', '.next-e2e'] },
  // On that build too: 100 clients for 30 s with zero errors; SIGKILL in the middle of a large write.
  { name: 'load (100 clients, 30 s)', command: ['npx', '--no-install', 'tsx', 'scripts/load-test.ts'] },
  { name: 'fault (SIGKILL mid-write)', command: ['npx', '--no-install', 'tsx', 'scripts/fault-test.ts'] },
  // Two instances on that build: an edit through one is public on the other, and after a restart.
  { name: 'instances (an edit reaches every instance)', command: ['npx', '--no-install', 'tsx', 'scripts/instances-test.ts'] },
];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1', npm_config_update_notifier: 'false' };
const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const started = Date.now();
  const run = spawnSync(step.command[0]!, step.command.slice(1), { stdio: 'inherit', env });
  results.push({ name: step.name, ok: run.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\nSummary');
for (const result of results) console.log(`  ${result.ok ? '✓' : '✗'} ${result.name} (${result.seconds} s)`);
process.exit(results.every((result) => result.ok) ? 0 : 1);
