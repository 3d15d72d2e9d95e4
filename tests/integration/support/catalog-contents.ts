// Every application table's contents, found in the catalog (not a hand-kept list), to compare
// two databases row by row; and empty databases to restore into.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { databaseUrl } from '../../../scripts/db/url';

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET TIME ZONE 'UTC'");
    return await work(client);
  } finally {
    await client.end();
  }
}

export const query = <T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) =>
  withClient(url, async (client) => (await client.query<T>(sql, params)).rows);

const emptyDatabases: string[] = [];
export async function createEmptyDatabase(): Promise<string> {
  const name = `registry_restore_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await withClient(inject('serverUrl'), (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE template0`));
  emptyDatabases.push(name);
  return databaseUrl(inject('serverUrl'), name);
}

/** Every table of the public schema but Prisma's own, as the catalog has them. */
export async function applicationTables(url: string): Promise<string[]> {
  const rows = await query<{ name: string }>(
    url,
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

/** Per table: its row count and the md5 of its rows' JSON text, sorted (independent of the backup's code). */
export async function tableContents(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await applicationTables(url);
  return withClient(url, async (client) => {
    const contents: Record<string, { rows: number; md5: string }> = {};
    for (const table of tables) {
      const { rows } = await client.query<{ rows: number; md5: string }>(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(row_to_json(t)::text, E'\\n' ORDER BY row_to_json(t)::text COLLATE "C"), '')) AS md5
         FROM public."${table}" t`,
      );
      contents[table] = rows[0]!;
    }
    return contents;
  });
}

export async function sequenceStates(url: string) {
  return query<{ sequencename: string; last_value: string | null }>(
    url,
    `SELECT sequencename, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  );
}

export async function appliedMigrations(url: string): Promise<string[]> {
  const rows = await query<{ name: string }>(url, `SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY 1`);
  return rows.map((row) => row.name);
}

export async function dropEmptyDatabases(): Promise<void> {
  for (const name of emptyDatabases.splice(0)) {
    await withClient(inject('serverUrl'), (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}
