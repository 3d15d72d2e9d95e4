import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupHeader,
  createTableChecksum,
  describeMigrationDifference,
  headerLine,
  readBackup,
  splitLines,
  tableLine,
} from './format';
import { BackupRefusal } from './refusal';

const checksumOf = (rows: string[]) => {
  const checksum = createTableChecksum();
  rows.forEach((row) => checksum.add(row));
  return checksum.finish().sha256;
};

const REGIONS = ['{"id":1,"slug":"seoul","nameKo":"서울특별시"}', '{"id":2,"slug":"busan","successorId":null}'];
const ALLOCATIONS = ['{"id":7,"amount":9007199254740993,"changes":{"nameKo":{"before":"가","after":"나"}}}'];

function header(overrides: Partial<BackupHeader> = {}): BackupHeader {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    takenAt: '2026-11-23T06:00:00.000Z',
    server: '18.4',
    migrations: ['20261122194348_init'],
    tables: [
      { name: 'Region', rows: REGIONS.length, sha256: checksumOf(REGIONS) },
      { name: 'Session', rows: 0, sha256: checksumOf([]) },
      { name: 'Allocation', rows: ALLOCATIONS.length, sha256: checksumOf(ALLOCATIONS) },
    ],
    sequences: [{ name: 'Region_id_seq', table: 'Region', column: 'id', lastValue: '9', isCalled: true }],
    ...overrides,
  };
}

function fileLines(options: { header?: BackupHeader; regions?: string[]; after?: string[] } = {}): string[] {
  return [
    headerLine(options.header ?? header()),
    tableLine('Region'),
    ...(options.regions ?? REGIONS),
    tableLine('Session'),
    tableLine('Allocation'),
    ...ALLOCATIONS,
    ...(options.after ?? []),
  ];
}

async function* from<T>(values: T[]): AsyncGenerator<T> {
  yield* values;
}

async function readAll(lines: string[], batchSize?: number) {
  const { header: read, batches } = await readBackup(from(lines), { batchSize });
  const seen: { table: string; rows: string[] }[] = [];
  for await (const batch of batches) seen.push(batch);
  return { header: read, seen };
}

async function refusalOf(work: Promise<unknown>): Promise<BackupRefusal> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BackupRefusal);
  return error as BackupRefusal;
}

describe('the backup format', () => {
  it("reads back what was written: the header, then every table's rows as the same text, in batches", async () => {
    const { header: read, seen } = await readAll(fileLines(), 1);
    expect(read).toEqual(header());
    expect(seen).toEqual([
      { table: 'Region', rows: [REGIONS[0]] },
      { table: 'Region', rows: [REGIONS[1]] },
      { table: 'Allocation', rows: ALLOCATIONS },
    ]);
  });

  it('keeps a big integer and Korean text exactly as written (rows are never parsed)', async () => {
    const { seen } = await readAll(fileLines());
    expect(seen.at(-1)?.rows[0]).toContain('"amount":9007199254740993');
    expect(seen[0]?.rows[0]).toContain('서울특별시');
  });

  it('refuses a row changed after the checksum was taken', async () => {
    const changed = [REGIONS[0]!.replace('seoul', 'Seoul'), REGIONS[1]!];
    const refusal = await refusalOf(readAll(fileLines({ regions: changed })));
    expect(refusal.reason).toBe('damaged-file');
    expect(refusal.message).toMatch(/rows of Region do not match their checksum/);
  });

  it('refuses a file cut short, a missing table and lines after the last table', async () => {
    expect((await refusalOf(readAll(fileLines().slice(0, 2)))).message).toMatch(/ends after 0 of the 2 rows of Region/);
    expect((await refusalOf(readAll(fileLines().slice(0, 5)))).message).toMatch(/ends before the rows of Allocation/);
    expect((await refusalOf(readAll(fileLines({ after: ['{"id":8}'] })))).message).toMatch(/goes on after its last table/);
    expect((await refusalOf(readAll([]))).message).toMatch(/empty/);
  });

  it("refuses a row missing from a table (the next table's line is no row of it)", async () => {
    const refusal = await refusalOf(readAll(fileLines({ regions: [REGIONS[0]!] })));
    expect(refusal.reason).toBe('damaged-file');
  });

  it('refuses another format, another version and a malformed header', async () => {
    expect((await refusalOf(readAll(['not json']))).message).toMatch(/not JSON/);
    expect((await refusalOf(readAll([JSON.stringify({ format: 'pg_dump' })]))).message).toMatch(/does not name the format/);
    expect((await refusalOf(readAll([JSON.stringify({ ...header(), version: 2 })]))).message).toMatch(/version 2/);
    const withoutMigrations: Record<string, unknown> = { ...header() };
    delete withoutMigrations.migrations;
    expect((await refusalOf(readAll([JSON.stringify(withoutMigrations)]))).message).toMatch(/malformed/);
  });

  it('splits chunks into lines on "\\n" only, a Korean character split across chunks included', async () => {
    const bytes = Buffer.from('{"a":"서울"}\n{"b":1}\n');
    const chunks = [bytes.subarray(0, 8), bytes.subarray(8, 15), bytes.subarray(15)];
    const lines: string[] = [];
    for await (const line of splitLines(from(chunks))) lines.push(line);
    expect(lines).toEqual(['{"a":"서울"}', '{"b":1}']);
  });

  it('checksums an empty table and tells tables with the same lines in another order apart', () => {
    expect(createTableChecksum().finish()).toEqual({ rows: 0, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' });
    expect(checksumOf(REGIONS)).not.toBe(checksumOf([...REGIONS].reverse()));
    expect(checksumOf(['a', 'b'])).not.toBe(checksumOf(['ab']));
  });

  it('describes how two lists of migrations differ, and says nothing when they agree', () => {
    expect(describeMigrationDifference(['a', 'b'], ['a', 'b'], 'the database')).toBeNull();
    expect(describeMigrationDifference(['a', 'b', 'c'], ['a', 'b', 'd'], 'the database')).toBe(
      'The backup was taken at other migrations than the database: the file has c, which the database has not; the database has d, which the file has not.',
    );
    expect(describeMigrationDifference(['a', 'b'], ['a'], 'this checkout')).toBe(
      'The backup was taken at other migrations than this checkout: the file has b, which this checkout has not.',
    );
    expect(describeMigrationDifference(['a', 'b'], ['b', 'a'], 'the database')).toMatch(/another order/);
  });
});
