// Issue 13, item 9: a 'use cache' function is compiled like a server function and listed in the
// build's server-reference manifest, so it can be called straight, with arguments of the caller's
// choosing. Called that way with what no route would pass — the registry of 2099, a 20,000-
// character search — it refuses before reading anything; with what a route passes, it answers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';

type Entry = { exportedName?: string; filename?: string };
const manifest = (): Record<string, Entry> =>
  JSON.parse(readFileSync(path.join(process.env.NEXT_DIST_DIR ?? '.next-e2e', 'server/server-reference-manifest.json'), 'utf8')).node;

/** The id of the n-th cached function of a file (Next numbers them in the order they are written). */
function cachedFunction(filename: string, index: number): string {
  const found = Object.entries(manifest()).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === `$$RSC_SERVER_CACHE_${index}`,
  );
  if (!found) throw new Error(`No cached function ${index} in ${filename}`);
  return found[0];
}

/** Posts a server-function call to a page whose build holds the function. */
async function callDirectly(request: APIRequestContext, options: { baseURL: string; page: string; id: string; args: unknown[] }) {
  const { baseURL, page, id, args } = options;
  const response = await request.post(page, {
    headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', Origin: baseURL, Accept: 'text/x-component' },
    data: JSON.stringify(args),
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}

test('cached reads called as server functions refuse what no route would ask for', async ({ request, baseURL }) => {
  // lib/registry/queries.ts: getHeadlineFigures (0), getRegistryAsOf (1); lib/cities/queries.ts: getCitySlugs (0), searchCities (1).
  const registryAsOf = cachedFunction('lib/registry/queries.ts', 1);
  const searchCities = cachedFunction('lib/cities/queries.ts', 1);

  const registry = (args: unknown[]) => callDirectly(request, { baseURL: baseURL!, page: '/ko/registry', id: registryAsOf, args });
  const search = (args: unknown[]) => callDirectly(request, { baseURL: baseURL!, page: '/ko/cities', id: searchCities, args });

  // Reachable: with what a route passes, each answers its data.
  const valid = await registry(['2019-10-01']);
  expect(valid.status).toBe(200);
  expect(valid.body).toContain('learningCities');
  const query = { q: '강남', sort: 'region', scope: 'designated', wasYearRangeReversed: false };
  const found = await search([query, 'ko']);
  expect(found.status).toBe(200);
  expect(found.body).toContain('"cities"');

  // With what no route would pass, nothing: the call fails before the database is asked.
  for (const answer of [await registry(['2099-01-01']), await search([{ ...query, q: '강'.repeat(20_000) }, 'ko'])]) {
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.body).not.toMatch(/designatedCount|"cities"/);
  }
});
