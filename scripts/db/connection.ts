// Which database a command works on: DATABASE_URL when set, otherwise the embedded server
// whose data lives in .data/pg (created on first use).
import path from 'node:path';
import { startEmbeddedServer } from './embedded';

export const EMBEDDED_DATA_DIR = path.resolve('.data/pg');
export const EMBEDDED_DATABASE = 'registry';

export type DatabaseHandle = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

export async function openDatabase(options: { port?: number } = {}): Promise<DatabaseHandle> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, isEmbedded: false, stop: async () => {} };
  const server = await startEmbeddedServer({ dir: EMBEDDED_DATA_DIR, port: options.port });
  const url = await server.createDatabase(EMBEDDED_DATABASE);
  return { url, isEmbedded: true, stop: server.stop };
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
