// End-to-end tests: a real Chromium against a production build (`next start`) on a throwaway,
// seeded PostgreSQL. Playwright's own Chromium when installed, otherwise the system's
// (Debian's /usr/bin/chromium, which .ci/run installs).
import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { DATABASE_URL_FILE, E2E_PORT as PORT } from './tests/e2e/support/server';

const bundled = (() => {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
})();
const executablePath = bundled && existsSync(bundled) ? undefined : '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The list as tests run, then the ten slowest with the share of their timeout each used.
  reporter: [['list'], ['./tests/e2e/support/slowest-reporter.ts'], ...(process.env.CI ? [] : [['html', { open: 'never' }] as const])],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // What visitors see, pinned to the seeded registry: runs first, before anything is edited.
    { name: 'public', testIgnore: /(signed-in|isolated)\//, use: { ...devices['Desktop Chrome'] } },
    // Signed-in journeys that change the registry: only once the public checks are done.
    // A journey signs in (scrypt), makes its account with npm run user:create and loads 10–20 pages:
    // 14–28 s here, so twice the single-page timeout keeps it well within on a busy machine.
    {
      name: 'signed-in',
      testMatch: /signed-in\/.*\.spec\.ts/,
      testIgnore: /invalidation\.spec\.ts/,
      dependencies: ['public'],
      timeout: 120_000,
      use: { ...devices['Desktop Chrome'] },
    },
    // Counts the pages one edit renders again: alone, so that no other journey's visits or edits
    // render a page between the edit and the count.
    {
      name: 'invalidation',
      testMatch: /signed-in\/invalidation\.spec\.ts/,
      dependencies: ['signed-in'],
      timeout: 120_000,
      use: { ...devices['Desktop Chrome'] },
    },
    // Each on a portal of its own, last (issue 13): locking out the machine's address, pausing
    // the database. They start a server and a database each, so one at a time.
    {
      name: 'isolated',
      testMatch: /isolated\/.*\.spec\.ts/,
      dependencies: ['invalidation'],
      fullyParallel: false,
      workers: 1,
      use: { ...devices['Desktop Chrome'] },
    },
  ],
  webServer: {
    command: 'npx --no-install tsx scripts/serve.ts --throwaway-database',
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 15 * 60_000,
    reuseExistingServer: !process.env.CI,
    // SITE_URL as production sets it: the origin the tests browse (tests/e2e/site-url.spec.ts).
    env: { PORT: String(PORT), SITE_URL: `http://127.0.0.1:${PORT}`, NEXT_DIST_DIR: '.next-e2e', E2E_DATABASE_URL_FILE: DATABASE_URL_FILE },
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
