// Which database a command works on: DATABASE_URL when set, otherwise the embedded server
// whose data lives in .data/pg (created on first use). When that server is already running
// (say `npm start` is up), commands use it instead of starting a second one.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { databaseUrl } from './url';
import { EMBEDDED_CREDENTIALS, startEmbeddedServer } from './embedded';

export const EMBEDDED_DATA_DIR = path.resolve('.data/pg');
export const EMBEDDED_DATABASE = 'registry';

export type DatabaseHandle = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

/** The port of a PostgreSQL already running on `dir` (from postmaster.pid), if any. */
async function runningPort(dir: string): Promise<number | null> {
  const lines = (await readFile(path.join(dir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}

export async function openDatabase(options: { port?: number } = {}): Promise<DatabaseHandle> {
  // The owner's URL when the portal's own role is given apart (scripts/db/roles.ts).
  const configured = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (configured) return { url: configured, isEmbedded: false, stop: async () => {} };
  const port = await runningPort(EMBEDDED_DATA_DIR);
  if (port) {
    const { user, password } = EMBEDDED_CREDENTIALS;
    return { url: `postgresql://${user}:${password}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`, isEmbedded: true, stop: async () => {} };
  }
  const server = await startEmbeddedServer({ dir: EMBEDDED_DATA_DIR, port: options.port });
  const url = await server.createDatabase(EMBEDDED_DATABASE);
  return { url: databaseUrl(url, EMBEDDED_DATABASE), isEmbedded: true, stop: server.stop };
}

/** Runs a command against the database, and stops an embedded server afterwards. */
export async function withDatabase(work: (url: string) => Promise<void>): Promise<void> {
  const database = await openDatabase();
  try {
    await work(database.url);
  } finally {
    await database.stop();
  }
}
