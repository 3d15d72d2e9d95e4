// A portal of its own for a test that would disturb the shared end-to-end server: locking out an
// address, pausing the database. A throwaway embedded PostgreSQL, migrated and seeded, the portal's
// database role (scripts/db/roles.ts), and the production server (scripts/next-server.mjs) on the
// end-to-end build, as `npm start` runs them; optionally nginx in front with the shipped recipe.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '@/lib/create-prisma-client';
import { seedDatabase } from '../../../prisma/seed/seed';
import { freePort, startEmbeddedServer } from '../../../scripts/db/embedded';
import { portalDatabaseUrl } from '../../../scripts/db/roles';
import { applyMigrations } from '../../../scripts/db/schema-engine';
import { proxyServerBlock, startNginx } from '../../../scripts/support/nginx';
import { startProductionServer } from '../../../scripts/support/production-server';

export type IsolatedPortal = {
  origin: string;
  ownerUrl: string;
  /** Sends a signal to every process of its PostgreSQL (the postmaster and its backends). */
  signalDatabase: (signal: 'SIGSTOP' | 'SIGCONT') => Promise<number>;
  /** nginx in front with deploy/nginx.conf; `bindAddress` is where nginx connects to the portal from. */
  startProxy: (options?: { bindAddress?: string }) => Promise<string>;
  /** What nginx wrote to its access log (the recipe's logging, to a file of the test's). */
  accessLog: () => Promise<string>;
  stop: () => Promise<void>;
};

export async function startIsolatedPortal(options: { env?: Record<string, string> } = {}): Promise<IsolatedPortal> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'registry-isolated-'));
  // Its own folder, straight under the temporary one: as root, PostgreSQL runs as another user, who
  // could not reach a folder inside this one (mode 700).
  const pgDir = await mkdtemp(path.join(os.tmpdir(), 'registry-isolated-pg-'));
  const database = await startEmbeddedServer({ dir: pgDir, quiet: true });
  const ownerUrl = await database.createDatabase('registry');
  await applyMigrations(ownerUrl);
  const prisma = createPrismaClient(ownerUrl, { max: 2 });
  await seedDatabase(prisma);
  await prisma.$disconnect();
  const databaseUrl = await portalDatabaseUrl({ ownerUrl, isEmbedded: true });
  const server = await startProductionServer({ databaseUrl, port: await freePort(), env: options.env });
  let proxy: { stop: () => Promise<void> } | null = null;
  let proxyOrigin = '';

  return {
    origin: server.origin,
    ownerUrl,
    async signalDatabase(signal) {
      const postmaster = Number((await readFile(path.join(pgDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
      const children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map(Number);
      // Children first when stopping (none starts work meanwhile), the postmaster first when resuming.
      const pids = signal === 'SIGSTOP' ? [...children, postmaster] : [postmaster, ...children];
      for (const pid of pids) process.kill(pid, signal);
      return pids.length;
    },
    async startProxy(proxyOptions = {}) {
      const listenPort = await freePort();
      let block = await proxyServerBlock({
        upstreamPort: Number(new URL(server.origin).port),
        listenPort,
        cacheDir: path.join(dir, 'cache'),
      });
      if (proxyOptions.bindAddress)
        block = block.replace('proxy_http_version 1.1;', `proxy_http_version 1.1;\n    proxy_bind ${proxyOptions.bindAddress};`);
      // An access log, as a deployment keeps one (the tests' nginx otherwise logs nothing).
      block = block.replace('server_name _;', `server_name _;\n    access_log ${path.join(dir, 'access.log')};`);
      proxy ??= await startNginx(path.join(dir, 'nginx'), block, listenPort).then((started) => {
        proxyOrigin = `http://127.0.0.1:${listenPort}`;
        return started;
      });
      return proxyOrigin;
    },
    accessLog: () => readFile(path.join(dir, 'access.log'), 'utf8').catch(() => ''),
    async stop() {
      await proxy?.stop();
      await server.stop();
      await database.stop();
      await rm(dir, { recursive: true, force: true });
      await rm(pgDir, { recursive: true, force: true });
    },
  };
}
