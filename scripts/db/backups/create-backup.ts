// Writes a backup: every application table read in ONE transaction (REPEATABLE READ, READ ONLY),
// so the file is one consistent snapshot however long it takes and whatever the portal writes
// meanwhile. PostgreSQL spells each row (row_to_json) and the text goes to the file untouched.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import pg from 'pg';
import { poolConfig } from '../url';
import {
  findAppliedMigrations,
  findOwnedSequences,
  findTableShapes,
  quoteTable,
  readTableRows,
  STABLE_OUTPUT_SETTINGS,
  type Queryable,
  type TableShape,
} from './catalog';
import {
  assertOneLine,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  createTableChecksum,
  headerLine,
  type SequenceState,
  tableLine,
  type TableSummary,
} from './format';

/** Readable by its owner only: the file holds password hashes and session tokens. */
const PRIVATE = 0o600;

export type CreateBackupOptions = {
  url: string;
  file: string;
  /** Called after each table has been read (progress; tests write meanwhile). */
  onTable?: (table: TableSummary) => void | Promise<void>;
};

async function* bodyLines(client: Queryable, tables: TableShape[], summaries: TableSummary[], onTable: CreateBackupOptions['onTable']) {
  for (const table of tables) {
    yield `${tableLine(table.name)}\n`;
    const checksum = createTableChecksum();
    for await (const rows of readTableRows(client, table)) {
      for (const row of rows) {
        assertOneLine(row, table.name);
        checksum.add(row);
      }
      yield `${rows.join('\n')}\n`;
    }
    const summary = { name: table.name, ...checksum.finish() };
    summaries.push(summary);
    await onTable?.(summary);
  }
}

/** Sequences are not transactional: each is read as it is now, at or past the snapshot's ids. */
async function readSequences(client: Queryable): Promise<SequenceState[]> {
  const states: SequenceState[] = [];
  for (const sequence of await findOwnedSequences(client)) {
    const { rows } = await client.query<{ lastValue: string; isCalled: boolean }>(
      `SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${quoteTable(sequence.name)}`,
    );
    states.push({ ...sequence, ...rows[0]! });
  }
  return states;
}

/**
 * The header comes first but is known last (counts, checksums): the rows are compressed to a
 * side file, then the file is written as the header's gzip member followed by the rows' member.
 * gzip readers (zlib, gunzip, zcat) read consecutive members as one stream. The file appears
 * under its name only once complete.
 */
export async function createBackup(options: CreateBackupOptions): Promise<{ header: BackupHeader; bytes: number }> {
  const file = path.resolve(options.file);
  const bodyFile = `${file}.rows.partial`;
  const partialFile = `${file}.partial`;
  await mkdir(path.dirname(file), { recursive: true });
  const client = new pg.Client(poolConfig(options.url));
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    await client.query(STABLE_OUTPUT_SETTINGS);
    // The first query fixes the snapshot every later one reads.
    const { rows } = await client.query<{ takenAt: Date; server: string }>(
      `SELECT now() AS "takenAt", current_setting('server_version') AS server`,
    );
    const { takenAt, server } = rows[0]!;
    const tables = await findTableShapes(client);
    const migrations = await findAppliedMigrations(client);
    const sequences = await readSequences(client);
    const summaries: TableSummary[] = [];
    await pipeline(
      Readable.from(bodyLines(client, tables, summaries, options.onTable)),
      createGzip(),
      createWriteStream(bodyFile, { mode: PRIVATE }),
    );
    await client.query('COMMIT');

    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_FORMAT_VERSION,
      takenAt: takenAt.toISOString(),
      server,
      migrations,
      tables: summaries,
      sequences,
    };
    const output = await open(partialFile, 'w', PRIVATE);
    try {
      await output.write(gzipSync(`${headerLine(header)}\n`));
      for await (const chunk of createReadStream(bodyFile)) await output.write(chunk as Buffer);
      await output.sync();
    } finally {
      await output.close();
    }
    await rename(partialFile, file);
    return { header, bytes: (await stat(file)).size };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    await rm(partialFile, { force: true });
    throw error;
  } finally {
    await rm(bodyFile, { force: true });
    await client.end();
  }
}
