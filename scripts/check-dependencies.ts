// Dependencies (issue 7): `npm audit --omit=dev --audit-level=high` must pass, and `next` must be
// the latest 16.x patch (2025–26 brought an RSC remote-code-execution, RSC denial-of-service and
// middleware-bypass advisories, each fixed only in a new patch).
// Some registries (mirrors) do not serve npm's audit endpoint; then the audit cannot be run, and
// this says so plainly instead of passing, while still checking Next's version.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let failed = false;

const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { encoding: 'utf8' });
const report = (() => {
  try {
    return JSON.parse(audit.stdout) as { metadata?: { vulnerabilities?: Record<string, number> }; error?: { summary?: string } };
  } catch {
    return null;
  }
})();
const counts = report?.metadata?.vulnerabilities;
if (counts) {
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(`npm audit (production dependencies): ${JSON.stringify(counts)}`);
  if (serious > 0) {
    console.error(`${serious} high or critical advisories: run npm audit --omit=dev for details.`);
    failed = true;
  }
} else {
  const reason = audit.stderr.match(/audit (\d{3} [^\n-]*)/)?.[1] ?? report?.error?.summary ?? 'no answer';
  console.warn(
    `npm audit could not run here (${reason.trim()}): this registry does not serve the audit endpoint. Not a pass; checked next's version only.`,
  );
}

const installed = (JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')) as { version: string }).version;
const view = spawnSync('npm', ['view', 'next', 'versions', '--json'], { encoding: 'utf8' });
const versions = (() => {
  try {
    return JSON.parse(view.stdout) as string[];
  } catch {
    return null;
  }
})();
if (!versions) {
  console.error("Could not read next's versions from the registry.");
  failed = true;
} else {
  const major = installed.split('.')[0];
  const latest = versions
    .filter((version) => /^\d+\.\d+\.\d+$/.test(version) && version.split('.')[0] === major)
    .sort((a, b) => {
      const [x, y] = [a, b].map((v) => v.split('.').map(Number));
      return x![0]! - y![0]! || x![1]! - y![1]! || x![2]! - y![2]!;
    })
    .at(-1);
  console.log(`next ${installed} installed; latest ${major}.x on the registry: ${latest}.`);
  if (latest !== installed) {
    console.error(`Update next to ${latest} (and eslint-config-next, patches/) before release.`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
