// Which database a command works on: DATABASE_URL when set, otherwise the embedded server
// whose data lives in .data/pg (created on first use; as root, where the user postgres can reach
// it: scripts/db/embedded-placement.ts). When that server is already running (say `npm start` is
// up), commands use it instead of starting a second one.
import path from 'node:path';
import { databaseUrl } from './url';
import { EMBEDDED_CREDENTIALS, EmbeddedPostgresError, startEmbeddedServer } from './embedded';
import { placeServer, runningPostmaster } from './embedded-placement';

export const EMBEDDED_DATA_DIR = path.resolve('.data/pg');
export const EMBEDDED_DATABASE = 'registry';

export type DatabaseHandle = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

export async function openDatabase(options: { port?: number } = {}): Promise<DatabaseHandle> {
  // The owner's URL when the portal's own role is given apart (scripts/db/roles.ts).
  const configured = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (configured) return { url: configured, isEmbedded: false, stop: async () => {} };
  const port = (await runningPostmaster(placeServer(EMBEDDED_DATA_DIR).dataDir))?.port;
  if (port) {
    const { user, password } = EMBEDDED_CREDENTIALS;
    return { url: `postgresql://${user}:${password}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`, isEmbedded: true, stop: async () => {} };
  }
  const server = await startEmbeddedServer({ dir: EMBEDDED_DATA_DIR, port: options.port });
  const url = await server.createDatabase(EMBEDDED_DATABASE);
  return { url: databaseUrl(url, EMBEDDED_DATABASE), isEmbedded: true, stop: server.stop };
}

/** Says why the embedded server cannot run, in one message, and ends the command. */
export function exitOnDatabaseError(error: unknown): never {
  if (!(error instanceof EmbeddedPostgresError)) throw error;
  console.error(error.message);
  process.exit(1);
}

/** Runs a command against the database, and stops an embedded server afterwards. */
export async function withDatabase(work: (url: string) => Promise<void>): Promise<void> {
  const database = await openDatabase().catch(exitOnDatabaseError);
  try {
    await work(database.url);
  } finally {
    await database.stop();
  }
}
