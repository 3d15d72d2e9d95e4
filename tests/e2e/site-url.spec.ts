// Canonical and hreflang links name the configured public origin (SITE_URL), never localhost:3000;
// a production server without it, or with another than its build's, refuses to start (issue 12).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { E2E_PORT } from './support/server';

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;

test('every alternate of a page names the configured origin', async ({ page, request }) => {
  await page.goto('/en/regions/seoul');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${ORIGIN}/en/regions/seoul`);
  await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute('href', `${ORIGIN}/ko/regions/seoul`);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${ORIGIN}/en/regions/seoul`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${ORIGIN}/en/regions/seoul`);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`<loc>${ORIGIN}/ko</loc>`);
  expect(sitemap).not.toContain('localhost:3000');
  expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
});

/** `next start` on the end-to-end build with the given SITE_URL: its exit code and what it printed. */
function startWith(siteUrl: string | undefined): Promise<{ code: number | null; output: string; isStillRunning: boolean }> {
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: '.next-e2e', NEXT_TELEMETRY_DISABLED: '1' };
  delete env.SITE_URL;
  if (siteUrl) env.SITE_URL = siteUrl;
  const child = spawn(process.execPath, [nextBin, 'start', '--port', String(E2E_PORT + 7), '--hostname', '127.0.0.1'], { env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    // A server still up after 30 s did not refuse: stop it, and say so.
    let isStillRunning = false;
    const timer = setTimeout(() => {
      isStillRunning = true;
      child.kill('SIGTERM');
    }, 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, isStillRunning });
    });
  });
}

test('a production server without SITE_URL refuses to start, and says what to set', async () => {
  const { code, output, isStillRunning } = await startWith(undefined);
  expect(isStillRunning).toBe(false);
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
  expect(output).toContain('SITE_URL is not set');
});

test('a production server refuses an origin other than its build’s', async () => {
  const { code, output, isStillRunning } = await startWith('https://registry.example.kr');
  expect(isStillRunning).toBe(false);
  expect(code).not.toBe(0);
  expect(code).not.toBeNull();
  expect(output).toContain(`This build was made for SITE_URL=${ORIGIN}`);
});
