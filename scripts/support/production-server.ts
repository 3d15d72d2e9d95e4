// A production server (`next start` on an existing build) on a throwaway, seeded PostgreSQL, for
// the load and fault tests: started, waited for, and killed the hard way when a test says so.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '@/lib/create-prisma-client';
import { seedDatabase } from '../../prisma/seed/seed';
import { startEmbeddedServer } from '../db/embedded';
import { applyMigrations } from '../db/schema-engine';

/** The portal's production server (`next start` plus the client's address from the socket). */
const serverScript = path.resolve('scripts/next-server.mjs');

export type ThrowawayDatabase = { url: string; stop: () => Promise<void> };

export async function throwawayDatabase(): Promise<ThrowawayDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'registry-load-'));
  const server = await startEmbeddedServer({ dir, quiet: true });
  const url = await server.createDatabase('registry');
  await applyMigrations(url);
  const prisma = createPrismaClient(url, { max: 2 });
  await seedDatabase(prisma);
  await prisma.$disconnect();
  return {
    url,
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The public origin a build was made with (next.config.ts puts it in the build's config), if any. */
async function buildSiteUrl(distDir: string): Promise<string | undefined> {
  const file = path.join(distDir, 'required-server-files.json');
  const config = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as { config?: { env?: Record<string, string> } };
  return config.config?.env?.REGISTRY_BUILD_SITE_URL;
}

export type ProductionServer = { origin: string; child: ChildProcess; stop: () => Promise<void> };

export async function startProductionServer(options: {
  databaseUrl: string;
  port: number;
  distDir?: string;
  secret?: string;
  /** More environment: REGISTRY_TRUSTED_PROXIES, the database timeouts … */
  env?: Record<string, string>;
}): Promise<ProductionServer> {
  const distDir = options.distDir ?? '.next-e2e';
  if (!existsSync(path.join(distDir, 'BUILD_ID')))
    throw new Error(`No production build in ${distDir}: run the end-to-end tests (or npm run build) first.`);
  const origin = `http://127.0.0.1:${options.port}`;
  // Every instance of a deployment serves one public origin, the one its build was made for
  // (next.config.ts refuses another): these instances, each on its own port, do too.
  const builtFor = await buildSiteUrl(distDir);
  const child = spawn(process.execPath, [serverScript, '--port', String(options.port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: options.databaseUrl,
      BETTER_AUTH_SECRET: options.secret ?? randomBytes(32).toString('base64url'),
      SITE_URL: builtFor ?? origin,
      NEXT_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const healthy = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) throw new Error('next start did not become healthy within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
