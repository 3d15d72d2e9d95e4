// The instances test (issue 7's "one or more instances"): two `next start` processes on one build
// (the end-to-end one) and one throwaway database, as deploy/nginx.conf runs them.
//   1. A staff edit saved through the first is on the public page of the second within a second:
//      the invalidated tags reach it through PostgreSQL (lib/cache/tag-state.cjs). With
//      REGISTRY_SHARED_CACHE_TAGS=off this check fails.
//   2. A process started after the edit serves it at once (its caches start empty, and it reads
//      the record of invalidated tags before it serves, for edits made while it connects).
//   npx tsx scripts/instances-test.ts
import { freePort } from './db/embedded';
import { startProductionServer, throwawayDatabase, type ProductionServer } from './support/production-server';
import { designateSeongju, EDITED_REGION_PATH, isSeongjuListed, msUntil } from './support/staff-edit';

const WITHIN_MS = 1_000;
const database = await throwawayDatabase();
const secret = 'instances-test-secret-instances-test-secret';
const [portA, portB] = [await freePort(), await freePort()];
const servers: ProductionServer[] = [];
const failures: string[] = [];
try {
  const a = await startProductionServer({ databaseUrl: database.url, port: portA, secret });
  servers.push(a);
  const b = await startProductionServer({ databaseUrl: database.url, port: portB, secret });
  servers.push(b);
  const onA = `${a.origin}${EDITED_REGION_PATH}`;
  const onB = `${b.origin}${EDITED_REGION_PATH}`;
  if ((await isSeongjuListed(onA)) || (await isSeongjuListed(onB))) throw new Error('성주군 is designated before the edit.');
  // Both serve the page from their caches, as under load.
  for (let i = 0; i < 3; i++) await Promise.all([fetch(onA), fetch(onB)].map((response) => response.then((r) => r.text())));

  const saved = await designateSeongju(a.origin, database.url);
  const [msA, msB] = await Promise.all([
    msUntil(() => isSeongjuListed(onA), saved, 10_000),
    msUntil(() => isSeongjuListed(onB), saved, 10_000),
  ]);
  console.log(
    `1. Saved through the first instance: public on it after ${msA ?? '> 10,000'} ms, on the second after ${msB ?? '> 10,000'} ms.`,
  );
  if (msA === null || msA > WITHIN_MS)
    failures.push(`the first instance showed the edit after ${msA ?? '> 10,000'} ms (at most ${WITHIN_MS})`);
  if (msB === null || msB > WITHIN_MS)
    failures.push(`the second instance showed the edit after ${msB ?? '> 10,000'} ms (at most ${WITHIN_MS})`);

  await b.stop();
  servers.splice(servers.indexOf(b), 1);
  const restarted = await startProductionServer({ databaseUrl: database.url, port: portB, secret });
  servers.push(restarted);
  const isShownAtOnce = await isSeongjuListed(onB);
  console.log(
    `2. The second instance, restarted after the edit: ${isShownAtOnce ? 'shows it on the first request' : 'serves the page from before the edit'}.`,
  );
  if (!isShownAtOnce) failures.push('a restarted instance served the page from before the edit');
} finally {
  for (const server of servers) await server.stop();
  await database.stop();
}
console.log(
  failures.length === 0 ? 'Instances test passed: an edit is public on every instance.' : `Instances test failed: ${failures.join('; ')}.`,
);
process.exit(failures.length === 0 ? 0 : 1);
