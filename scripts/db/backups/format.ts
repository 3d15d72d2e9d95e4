// The backup file: gzip-compressed lines of UTF-8 text (NDJSON).
//   line 1          the header: format, version, when, the migrations applied, every table with
//                   its row count and checksum, every sequence's position;
//   then per table  {"table":"<name>"} and its rows, one JSON object per line, exactly as
//                   PostgreSQL's row_to_json wrote them.
// Rows are never parsed here: they pass through as text, so big integers, JSON, timestamps and
// dates keep PostgreSQL's own spelling. A table's checksum is SHA-256 over its row lines, each
// followed by "\n", in primary-key order.
import { createHash } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import { z } from 'zod';
import { BackupRefusal } from './refusal';

export const BACKUP_FORMAT = 'lifelong-learning-cities-registry-backup';
export const BACKUP_FORMAT_VERSION = 1;

const TableSummarySchema = z.object({
  name: z.string().min(1),
  rows: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const SequenceStateSchema = z.object({
  name: z.string().min(1),
  table: z.string().min(1),
  column: z.string().min(1),
  /** bigint, as text. */
  lastValue: z.string().regex(/^-?[0-9]+$/),
  isCalled: z.boolean(),
});

export const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_FORMAT_VERSION),
  /** The snapshot's transaction time, ISO 8601 in UTC. */
  takenAt: z.string().min(1),
  /** The server's version string, for the reader's information. */
  server: z.string(),
  /** Names of the migrations applied, in order. */
  migrations: z.array(z.string().min(1)),
  /** In the order the rows follow (foreign-key order). */
  tables: z.array(TableSummarySchema),
  sequences: z.array(SequenceStateSchema),
});

export type BackupHeader = z.infer<typeof BackupHeaderSchema>;
export type TableSummary = z.infer<typeof TableSummarySchema>;
export type SequenceState = z.infer<typeof SequenceStateSchema>;

function damaged(message: string): BackupRefusal {
  return new BackupRefusal('damaged-file', `The backup file is damaged or not a backup: ${message}.`);
}

export function headerLine(header: BackupHeader): string {
  return JSON.stringify(header);
}

export function parseHeaderLine(line: string): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw damaged('its first line is not JSON');
  }
  const format = (value as { format?: unknown } | null)?.format;
  const version = (value as { version?: unknown } | null)?.version;
  if (format !== BACKUP_FORMAT) throw damaged(`its first line does not name the format "${BACKUP_FORMAT}"`);
  if (version !== BACKUP_FORMAT_VERSION) {
    throw damaged(`it is format version ${JSON.stringify(version)}, and this code reads version ${BACKUP_FORMAT_VERSION}`);
  }
  const parsed = BackupHeaderSchema.safeParse(value);
  if (!parsed.success) throw damaged(`its header is malformed (${z.prettifyError(parsed.error).replaceAll('\n', ' ')})`);
  const names = parsed.data.tables.map((table) => table.name);
  if (new Set(names).size !== names.length) throw damaged('its header names a table twice');
  return parsed.data;
}

export function tableLine(table: string): string {
  return JSON.stringify({ table });
}

/** A row must stay on one line; row_to_json escapes line breaks except inside a `json` column. */
export function assertOneLine(line: string, table: string): void {
  if (/[\n\r]/.test(line)) throw new Error(`A row of ${table} holds a raw line break (a json column?); the backup format cannot carry it.`);
}

export type TableChecksum = { add: (line: string) => void; finish: () => Omit<TableSummary, 'name'> };

export function createTableChecksum(): TableChecksum {
  const hash = createHash('sha256');
  let rows = 0;
  return {
    add(line) {
      hash.update(line);
      hash.update('\n');
      rows += 1;
    },
    finish: () => ({ rows, sha256: hash.digest('hex') }),
  };
}

/** Lines of UTF-8 text from chunks, split on "\n" only (a multi-byte character may span chunks). */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of chunks) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let end = pending.indexOf('\n');
    while (end !== -1) {
      yield pending.slice(0, end);
      pending = pending.slice(end + 1);
      end = pending.indexOf('\n');
    }
  }
  pending += decoder.end();
  if (pending) yield pending;
}

export type RowBatch = { table: string; rows: string[] };

/**
 * Reads a backup: its header at once, then its rows in batches, in the header's table order.
 * Each table's count and checksum are checked when its last row has been read, and the file
 * must end after the last table: a damaged file throws before its reader has seen the end.
 */
export async function readBackup(
  lines: AsyncIterable<string>,
  options: { batchSize?: number } = {},
): Promise<{ header: BackupHeader; batches: AsyncGenerator<RowBatch> }> {
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw damaged('it is empty');
  const header = parseHeaderLine(first.value);
  return { header, batches: readBatches(iterator, header, options.batchSize ?? 1000) };
}

async function* readBatches(iterator: AsyncIterator<string>, header: BackupHeader, batchSize: number): AsyncGenerator<RowBatch> {
  for (const table of header.tables) {
    const marker = await iterator.next();
    if (marker.done) throw damaged(`it ends before the rows of ${table.name}`);
    if (marker.value !== tableLine(table.name))
      throw damaged(`the rows of ${table.name} were expected where it has ${marker.value.slice(0, 80)}`);
    const checksum = createTableChecksum();
    let batch: string[] = [];
    for (let read = 0; read < table.rows; read += 1) {
      const line = await iterator.next();
      if (line.done) throw damaged(`it ends after ${read} of the ${table.rows} rows of ${table.name}`);
      checksum.add(line.value);
      batch.push(line.value);
      if (batch.length === batchSize) {
        yield { table: table.name, rows: batch };
        batch = [];
      }
    }
    if (batch.length > 0) yield { table: table.name, rows: batch };
    if (checksum.finish().sha256 !== table.sha256) throw damaged(`the rows of ${table.name} do not match their checksum`);
  }
  const after = await iterator.next();
  if (!after.done) throw damaged('it goes on after its last table');
}

/**
 * What differs between the migrations a file was taken at and others (`where`: "the database",
 * "this checkout"); null when they are the same.
 */
export function describeMigrationDifference(inFile: readonly string[], others: readonly string[], where: string): string | null {
  const missing = inFile.filter((name) => !others.includes(name));
  const extra = others.filter((name) => !inFile.includes(name));
  if (missing.length === 0 && extra.length === 0 && inFile.join('\n') === others.join('\n')) return null;
  const parts = [
    missing.length ? `the file has ${missing.join(', ')}, which ${where} has not` : '',
    extra.length ? `${where} has ${extra.join(', ')}, which the file has not` : '',
    !missing.length && !extra.length ? 'they are in another order' : '',
  ].filter(Boolean);
  return `The backup was taken at other migrations than ${where}: ${parts.join('; ')}.`;
}
