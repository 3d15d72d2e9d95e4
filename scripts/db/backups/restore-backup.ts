// Loads a backup into an empty database: all or nothing. The file is checked whole before the
// database is touched; then migrations are applied, and ONE transaction stages the rows, loads
// every table with one statement (load-statement.ts) under the database's own constraints and
// triggers, moves the sequences on, and reads every table back against the file's counts and
// checksums before it commits.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { applyMigrations, readMigrations } from '../schema-engine';
import { poolConfig } from '../url';
import {
  findAppliedMigrations,
  findOwnedSequences,
  findTablesWithRows,
  findTableShapes,
  type Queryable,
  quoteIdent,
  quoteTable,
  readTableRows,
  STABLE_OUTPUT_SETTINGS,
  type TableShape,
} from './catalog';
import { type BackupHeader, createTableChecksum, describeMigrationDifference, readBackup, type RowBatch, splitLines } from './format';
import { loadStatement, STAGING_TABLE } from './load-statement';
import { BackupRefusal } from './refusal';
import { sequencePosition } from './sequence-position';

export type RestoreBackupOptions = { url: string; file: string; onStep?: (message: string) => void };

/** zlib's own errors (a bad gzip header, a cut stream) say the file is damaged. */
async function* gunzippedLines(file: string): AsyncGenerator<string> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  try {
    yield* splitLines(gunzip);
  } catch (error) {
    if (typeof (error as { code?: unknown }).code === 'string' && (error as { code: string }).code.startsWith('Z_')) {
      throw new BackupRefusal('damaged-file', `The backup file is damaged or not a backup: ${(error as Error).message} (gzip).`);
    }
    throw error;
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

export async function openBackupFile(file: string): Promise<{ header: BackupHeader; batches: AsyncGenerator<RowBatch> }> {
  return readBackup(gunzippedLines(file));
}

/** Reads the whole file, checking every table's count and checksum; returns its header. */
export async function verifyBackupFile(file: string): Promise<BackupHeader> {
  const { header, batches } = await openBackupFile(file);
  for await (const _batch of batches);
  return header;
}

async function refuseUnlessEmpty(client: Queryable): Promise<void> {
  const withRows = await findTablesWithRows(client);
  if (withRows.length === 0) return;
  throw new BackupRefusal(
    'not-empty',
    `The database is not empty (${withRows.join(', ')} hold rows): a backup is restored into an empty database only. ` +
      'Create a new database and pass it with --database-url (or DATABASE_URL); for the embedded one, stop the portal and move .data/pg aside.',
  );
}

function refuseOtherTables(header: BackupHeader, tables: readonly TableShape[]): void {
  const inFile = header.tables.map((table) => table.name);
  const inDatabase = tables.map((table) => table.name);
  const missing = inFile.filter((name) => !inDatabase.includes(name));
  const extra = inDatabase.filter((name) => !inFile.includes(name));
  if (missing.length === 0 && extra.length === 0) return;
  throw new BackupRefusal(
    'schema-differs',
    `The backup's tables differ from the database's: ${[
      missing.length ? `the file has ${missing.join(', ')}` : '',
      extra.length ? `the database has ${extra.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ')}.`,
  );
}

async function stageRows(client: Queryable, file: string): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE backup_rows (table_name text NOT NULL, position bigint NOT NULL, line text NOT NULL) ON COMMIT DROP`,
  );
  const { batches } = await openBackupFile(file);
  const staged = new Map<string, number>();
  for await (const batch of batches) {
    const offset = staged.get(batch.table) ?? 0;
    await client.query(
      `INSERT INTO ${STAGING_TABLE} (table_name, position, line) SELECT $1, $2::bigint + u.position, u.line FROM unnest($3::text[]) WITH ORDINALITY AS u(line, position)`,
      [batch.table, offset, batch.rows],
    );
    staged.set(batch.table, offset + batch.rows.length);
  }
  await client.query(`CREATE INDEX ON ${STAGING_TABLE} (table_name, position)`);
  await client.query(`ANALYZE ${STAGING_TABLE}`);
}

async function moveSequencesOn(client: Queryable, header: BackupHeader): Promise<void> {
  for (const sequence of await findOwnedSequences(client)) {
    const { rows } = await client.query<{ max: string | null }>(
      `SELECT max(${quoteIdent(sequence.column)})::text AS max FROM ${quoteTable(sequence.table)}`,
    );
    const recorded = header.sequences.find((state) => state.name === sequence.name);
    const position = sequencePosition(recorded, rows[0]?.max ?? null);
    if (position)
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [quoteTable(sequence.name), position.lastValue, position.isCalled]);
  }
}

async function refuseUnlessReproduced(client: Queryable, header: BackupHeader, tables: readonly TableShape[]): Promise<void> {
  const differing: string[] = [];
  for (const table of tables) {
    const checksum = createTableChecksum();
    for await (const rows of readTableRows(client, table)) rows.forEach((row) => checksum.add(row));
    const read = checksum.finish();
    const expected = header.tables.find((summary) => summary.name === table.name);
    if (read.rows !== expected?.rows || read.sha256 !== expected.sha256)
      differing.push(`${table.name} (${read.rows} rows read, ${expected?.rows} in the file)`);
  }
  if (differing.length > 0) {
    throw new BackupRefusal(
      'not-reproduced',
      `The loaded rows read back differently from the file's, so nothing was committed: ${differing.join(', ')}.`,
    );
  }
}

export async function restoreBackup(options: RestoreBackupOptions): Promise<{ header: BackupHeader }> {
  const step = options.onStep ?? (() => {});
  const header = await verifyBackupFile(options.file);
  step(`The file holds ${header.tables.length} tables, taken at ${header.takenAt}; every checksum matches.`);
  const checkout = (await readMigrations()).migrationDirectories.map((directory) => directory.path);
  const checkoutDifference = describeMigrationDifference(header.migrations, checkout, 'this checkout');
  if (checkoutDifference)
    throw new BackupRefusal('schema-differs', `${checkoutDifference} Restore with a checkout at the backup's migrations.`);

  const client = new pg.Client(poolConfig(options.url));
  await client.connect();
  try {
    await refuseUnlessEmpty(client);
    const applied = await applyMigrations(options.url);
    step(applied.length ? `Applied the migrations ${applied.join(', ')}.` : 'The migrations were applied already.');

    await client.query('BEGIN');
    await client.query(STABLE_OUTPUT_SETTINGS);
    const databaseDifference = describeMigrationDifference(header.migrations, await findAppliedMigrations(client), 'the database');
    if (databaseDifference) throw new BackupRefusal('schema-differs', databaseDifference);
    const tables = await findTableShapes(client);
    refuseOtherTables(header, tables);
    // Nobody writes while the restore runs; checked empty again under the lock.
    if (tables.length > 0) await client.query(`LOCK TABLE ${tables.map((table) => quoteTable(table.name)).join(', ')} IN EXCLUSIVE MODE`);
    await refuseUnlessEmpty(client);

    await stageRows(client, options.file);
    const { rows } = await client.query<Record<string, number>>(
      loadStatement(tables),
      tables.map((table) => table.name),
    );
    const loaded = rows[0] ?? {};
    step(`Loaded ${Object.values(loaded).reduce((sum, count) => sum + count, 0)} rows into ${tables.length} tables.`);
    await moveSequencesOn(client, header);
    await refuseUnlessReproduced(client, header, tables);
    await client.query('COMMIT');
    step("Every table reads back with the file's row count and checksum; committed.");
    return { header };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
