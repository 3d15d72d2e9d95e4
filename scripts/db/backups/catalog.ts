// What a backup and a restore learn from PostgreSQL's catalog, so that neither keeps a list of
// tables: the application's tables (every table of the public schema but Prisma's migration
// record and extensions' own), their columns, primary keys, foreign keys and sequences.
import type pg from 'pg';
import { byCodePoint, type ForeignKey, orderByForeignKeys } from './table-order';

export type Queryable = Pick<pg.ClientBase, 'query'>;

export type TableShape = {
  name: string;
  /** Columns a restore writes: all but generated ones, in the table's order. */
  insertableColumns: string[];
  /** ORDER BY for reading the rows the same way on every server (byte order for text keys). */
  orderBy: string;
};

export type OwnedSequence = { name: string; table: string; column: string };

/** Session settings under which row_to_json spells values the same way on every server. */
export const STABLE_OUTPUT_SETTINGS = [
  "SET LOCAL TIME ZONE 'UTC'",
  "SET LOCAL DateStyle = 'ISO, YMD'",
  "SET LOCAL IntervalStyle = 'iso_8601'",
  'SET LOCAL extra_float_digits = 3',
  "SET LOCAL bytea_output = 'hex'",
].join('; ');

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A table (or sequence) of the public schema, whatever the session's search_path. */
export function quoteTable(name: string): string {
  return `public.${quoteIdent(name)}`;
}

const APPLICATION_TABLES = `
  SELECT c.relname AS name
  FROM pg_class c
  WHERE c.relnamespace = 'public'::regnamespace
    AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    AND c.relname <> '_prisma_migrations'
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')`;

export async function findApplicationTables(client: Queryable): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(APPLICATION_TABLES);
  return rows.map((row) => row.name).sort(byCodePoint);
}

async function findForeignKeys(client: Queryable): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(`
    SELECT c.relname AS "table", r.relname AS "references"
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
    WHERE k.contype = 'f' AND c.relnamespace = 'public'::regnamespace AND r.relnamespace = 'public'::regnamespace`);
  return rows;
}

/** The application's tables in foreign-key order, with what reading and writing them needs. */
export async function findTableShapes(client: Queryable): Promise<TableShape[]> {
  const names = await findApplicationTables(client);
  // One after another: a pg client runs one query at a time.
  const columns = await client.query<{ table: string; column: string; isGenerated: boolean }>(
    `SELECT c.relname AS "table", a.attname AS "column", a.attgenerated <> '' AS "isGenerated"
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1) AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY c.relname, a.attnum`,
    [names],
  );
  const keys = await client.query<{ table: string; column: string; isCollatable: boolean }>(
    `SELECT c.relname AS "table", a.attname AS "column", a.attcollation <> 0 AS "isCollatable"
     FROM pg_index i
     JOIN pg_class c ON c.oid = i.indrelid
     CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
     WHERE i.indisprimary AND c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1)
     ORDER BY c.relname, k.position`,
    [names],
  );
  const foreignKeys = await findForeignKeys(client);
  return orderByForeignKeys(names, foreignKeys).map((name) => {
    const primaryKey = keys.rows.filter((key) => key.table === name);
    const orderBy = primaryKey.length
      ? primaryKey.map((key) => `t.${quoteIdent(key.column)}${key.isCollatable ? ' COLLATE "C"' : ''}`).join(', ')
      : 'row_to_json(t)::text COLLATE "C"';
    const insertableColumns = columns.rows.filter((column) => column.table === name && !column.isGenerated).map((column) => column.column);
    return { name, insertableColumns, orderBy };
  });
}

/** Sequences that number a column (serial, bigserial, identity). */
export async function findOwnedSequences(client: Queryable): Promise<OwnedSequence[]> {
  const { rows } = await client.query<OwnedSequence>(`
    SELECT s.relname AS name, t.relname AS "table", a.attname AS "column"
    FROM pg_class s
    JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
    JOIN pg_class t ON t.oid = d.refobjid
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    WHERE s.relkind = 'S' AND s.relnamespace = 'public'::regnamespace AND t.relname <> '_prisma_migrations'
    ORDER BY s.relname COLLATE "C"`);
  return rows;
}

/** Migrations recorded as applied (and not rolled back), in name order, which is their order. */
export async function findAppliedMigrations(client: Queryable): Promise<string[]> {
  const { rows: exists } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists`);
  if (!exists[0]?.exists) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name COLLATE "C"`,
  );
  return rows.map((row) => row.name);
}

/** Application tables holding at least one row. */
export async function findTablesWithRows(client: Queryable): Promise<string[]> {
  const names = await findApplicationTables(client);
  if (names.length === 0) return [];
  const { rows } = await client.query<{ name: string }>(
    names.map((name, index) => `SELECT $${index + 1}::text AS name WHERE EXISTS (SELECT 1 FROM ${quoteTable(name)})`).join(' UNION ALL '),
    names,
  );
  return rows.map((row) => row.name).sort(byCodePoint);
}

/**
 * A table's rows as row_to_json text, in `orderBy` order, a batch at a time through a cursor, so
 * that a table never has to fit in memory. Runs inside the caller's transaction.
 */
export async function* readTableRows(client: Queryable, table: TableShape, batchSize = 1000): AsyncGenerator<string[]> {
  const cursor = quoteIdent(`backup_${table.name}`);
  await client.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM ${quoteTable(table.name)} t ORDER BY ${table.orderBy}`,
  );
  try {
    for (;;) {
      const { rows } = await client.query<{ line: string }>(`FETCH ${batchSize} FROM ${cursor}`);
      if (rows.length === 0) break;
      yield rows.map((row) => row.line);
    }
  } finally {
    // After an error the transaction is aborted and the cursor went with it: nothing to close.
    await client.query(`CLOSE ${cursor}`).catch(() => {});
  }
}
