// Backups (issue 7): a copy of the seeded database, with writes of every kind, is backed up and
// restored into an empty database with the code `npm run db:backup` / `db:restore` run, and
// every table (found in the catalog, not listed here) is compared row by row. Refusals (a
// database with rows, other migrations, a damaged file, rows the database refuses or spells
// differently) leave the target without a single row.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../scripts/db/backups/create-backup';
import { type BackupHeader, createTableChecksum, tableLine } from '../../scripts/db/backups/format';
import { BackupRefusal, type RefusalReason } from '../../scripts/db/backups/refusal';
import { restoreBackup } from '../../scripts/db/backups/restore-backup';
import { freshLocalGovernment } from './support/action-cases';
import {
  appliedMigrations,
  applicationTables,
  createEmptyDatabase,
  dropEmptyDatabases,
  query,
  sequenceStates,
  tableContents,
} from './support/catalog-contents';
import { createTestDatabase, type TestDatabase } from './support/database';

/** 2^53 + 1: a JavaScript number cannot hold it. */
const BIG_AMOUNT = 9_007_199_254_740_993n;
const NOTE = '줄\n바꿈, "따옴표", 역슬래시 \\, 이모지 😀, 제어 문자 \u0001';
const AUDIT_CHANGES = String.raw`{"amount":{"before":9007199254740993,"after":12345678901234567890123},"note":{"before":null,"after":"줄\n바꿈 \"인용\""},"list":[1,2.5,"셋",true,null]}`;

/** A designation ended by an evaluation and the same city's next one; big money; a user with a session; an audit entry. */
async function writeEveryKind(database: TestDatabase) {
  const { prisma } = database;
  const lg = await freshLocalGovernment(prisma);
  await prisma.localGovernment.update({ where: { id: lg.id }, data: { notes: NOTE } });
  const ended = await prisma.designation.create({
    data: {
      localGovernmentId: lg.id,
      firstYear: 2016,
      designatedByYear: 2016,
      designatedOn: new Date('2016-03-02T00:00:00Z'),
      source: 'a test',
    },
  });
  await prisma.evaluation.create({
    data: {
      designationId: ended.id,
      dueYear: 2020,
      heldOn: new Date('2020-06-30T00:00:00Z'),
      outcome: 'cancelled',
      source: 'a test round',
    },
  });
  const current = await prisma.designation.create({
    data: { localGovernmentId: lg.id, firstYear: 2024, designatedByYear: 2024, source: 'a test' },
  });
  await prisma.evaluation.create({ data: { designationId: current.id, dueYear: 2028, outcome: 'conditional', followUpYear: 2029 } });

  const programme = await prisma.programme.create({
    data: {
      code: 'backup-test',
      year: 2026,
      nameKo: '백업 시험 사업',
      nameEn: 'Backup test',
      recipientKind: 'local_government',
      amountPerRecipient: BIG_AMOUNT,
    },
  });
  const allocation = await prisma.allocation.create({
    data: { programmeId: programme.id, recipientKind: 'local_government', localGovernmentId: lg.id, amount: BIG_AMOUNT, status: 'draft' },
  });
  // A deleted programme: its id must not be handed out again after a restore.
  const dropped = await prisma.programme.create({
    data: { code: 'backup-test-dropped', year: 2026, nameKo: '지운 사업', nameEn: 'Dropped', recipientKind: 'region' },
  });
  await prisma.programme.delete({ where: { id: dropped.id } });

  const user = await prisma.user.create({
    data: {
      id: randomUUID(),
      email: `backup-${randomUUID().slice(0, 8)}@test.example`,
      name: '백업 시험자',
      role: 'staff',
      calendarToken: randomUUID(),
    },
  });
  await prisma.account.create({
    data: { id: randomUUID(), accountId: user.id, providerId: 'credential', userId: user.id, password: 'salt:hash' },
  });
  await prisma.session.create({
    data: {
      id: randomUUID(),
      token: randomUUID(),
      userId: user.id,
      expiresAt: new Date('2026-11-23T10:20:30.456Z'),
      ipAddress: '127.0.0.1',
      userAgent: 'vitest',
    },
  });
  await prisma.verification.create({
    data: { id: randomUUID(), identifier: 'reset:backup', value: 'v', expiresAt: new Date('2026-11-24T00:00:00.001Z') },
  });
  await prisma.signInThrottle.create({
    data: { key: `email:${user.email}`, failures: 3, windowStartedAt: new Date('2026-11-23T09:00:00.5Z') },
  });
  await prisma.$executeRaw`
    INSERT INTO "AuditLog" ("actorId", "actorEmail", "actorRole", "action", "entityType", "entityId", "entityVersion", "changes", "entityLabel")
    VALUES (${user.id}, ${user.email}, 'staff'::"Role", 'update', 'Allocation', ${String(allocation.id)}, 2, ${AUDIT_CHANGES}::jsonb, '서울 시험구')`;
  await prisma.cacheTagExpiration.create({ data: { tag: 'city:backup-test', expiredAt: Date.now() + 0.5 } });
  return { lg, ended, current, allocation, droppedProgrammeId: dropped.id };
}

async function refusalOf(work: Promise<unknown>): Promise<RefusalReason> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BackupRefusal);
  return (error as BackupRefusal).reason;
}

async function readLines(file: string): Promise<string[]> {
  return gunzipSync(await readFile(file))
    .toString('utf8')
    .split('\n')
    .slice(0, -1);
}

/** A copy of the backup with its lines edited; `reseal` recomputes the checksums to match. */
async function editedBackup(options: { edit: (lines: string[]) => void; reseal?: boolean }): Promise<string> {
  const lines = await readLines(backupFile);
  options.edit(lines);
  if (options.reseal) {
    const header = JSON.parse(lines[0]!) as BackupHeader;
    let index = 1;
    for (const table of header.tables) {
      index += 1;
      const checksum = createTableChecksum();
      for (let row = 0; row < table.rows; row += 1) checksum.add(lines[index++]!);
      table.sha256 = checksum.finish().sha256;
    }
    lines[0] = JSON.stringify(header);
  }
  const file = path.join(directory, `edited-${randomUUID()}.ndjson.gz`);
  await writeFile(file, gzipSync(`${lines.join('\n')}\n`));
  return file;
}

/** The index of the first row of a table in the file's lines. */
const firstRowOf = (lines: string[], table: string) => lines.indexOf(tableLine(table)) + 1;

let directory: string;
let source: TestDatabase;
let written: Awaited<ReturnType<typeof writeEveryKind>>;
let backupFile: string;
let header: BackupHeader;
let restoredUrl: string;

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'registry-backup-'));
  source = await createTestDatabase();
  written = await writeEveryKind(source);
  backupFile = path.join(directory, 'registry.ndjson.gz');
  header = (await createBackup({ url: source.url, file: backupFile })).header;
  restoredUrl = await createEmptyDatabase();
  await restoreBackup({ url: restoredUrl, file: backupFile });
});

afterAll(async () => {
  await source?.drop();
  await dropEmptyDatabases();
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe('a backup restored into an empty database', () => {
  it('holds every table row for row, with the writes of every kind', async () => {
    const [original, restored] = await Promise.all([tableContents(source.url), tableContents(restoredUrl)]);
    expect(Object.keys(original).length).toBeGreaterThanOrEqual(22);
    expect(
      Object.entries(original)
        .filter(([, table]) => table.rows === 0)
        .map(([name]) => name),
      'give every table a row in writeEveryKind, so that its round trip is compared',
    ).toEqual([]);
    expect(restored).toEqual(original);
    expect(header.tables.map((table) => table.name).sort()).toEqual(Object.keys(original).sort());
    for (const table of header.tables) expect(table.rows, table.name).toBe(original[table.name]!.rows);
    expect(await appliedMigrations(restoredUrl)).toEqual(await appliedMigrations(source.url));
    expect(header.migrations).toEqual(await appliedMigrations(source.url));
  });

  it('keeps big integers, JSON, text and dates exactly', async () => {
    const [allocation] = await query<{ amount: string }>(restoredUrl, `SELECT amount::text FROM "Allocation" WHERE id = $1`, [
      written.allocation.id,
    ]);
    expect(allocation?.amount).toBe(BIG_AMOUNT.toString());
    const [audit] = await query<{ changes: string }>(
      restoredUrl,
      `SELECT changes::text FROM "AuditLog" WHERE "entityType" = 'Allocation' AND "entityId" = $1`,
      [String(written.allocation.id)],
    );
    expect(audit?.changes).toContain('"after": 12345678901234567890123');
    expect(audit?.changes).toContain('"before": 9007199254740993');
    const [lg] = await query<{ notes: string }>(restoredUrl, `SELECT notes FROM "LocalGovernment" WHERE id = $1`, [written.lg.id]);
    expect(lg?.notes).toBe(NOTE);
    const designations = await query<{ id: number; designatedOn: string | null }>(
      restoredUrl,
      `SELECT id, "designatedOn"::text AS "designatedOn" FROM "Designation" WHERE "localGovernmentId" = $1 ORDER BY id`,
      [written.lg.id],
    );
    expect(designations).toEqual([
      { id: written.ended.id, designatedOn: '2016-03-02' },
      { id: written.current.id, designatedOn: null },
    ]);
  });

  it('continues every sequence where the original left off: the next insert gets a new id', async () => {
    expect(await sequenceStates(restoredUrl)).toEqual(await sequenceStates(source.url));
    const [programme] = await query<{ id: number }>(
      restoredUrl,
      `INSERT INTO "Programme" (code, year, "nameKo", "nameEn", "recipientKind", "updatedAt") VALUES ('after-restore', 2026, '복원 후', 'After', 'region', now()) RETURNING id`,
    );
    expect(programme!.id).toBe(written.droppedProgrammeId + 1);
    const [original] = await query<{ max: string }>(source.url, `SELECT max(id)::text AS max FROM "AuditLog"`);
    const [audit] = await query<{ id: string }>(
      restoredUrl,
      `INSERT INTO "AuditLog" (action, "entityType", "entityId", changes) VALUES ('create', 'Programme', $1, '{}') RETURNING id::text`,
      [String(programme!.id)],
    );
    expect(BigInt(audit!.id)).toBe(BigInt(original!.max) + 1n);
  });
});

describe('a backup', () => {
  it('reads one snapshot: rows committed while it runs are not in it', async () => {
    const database = await createTestDatabase();
    try {
      const before = await tableContents(database.url);
      const readSoFar: string[] = [];
      const file = path.join(directory, 'during-writes.ndjson.gz');
      const { header: taken } = await createBackup({
        url: database.url,
        file,
        onTable: async (table) => {
          readSoFar.push(table.name);
          if (readSoFar.length > 1) return;
          expect(readSoFar).not.toContain('PublishedFigure');
          expect(readSoFar).not.toContain('AuditLog');
          await query(
            database.url,
            `INSERT INTO "PublishedFigure" (slug, measure, value, "asOf", outlet, url, quote, "sortOrder") VALUES ('during-a-backup', 'learning_cities', 1, '2026-01-01', 'a test', 'https://example.test/', 'written during a backup', 9999)`,
          );
          await query(
            database.url,
            `INSERT INTO "AuditLog" (action, "entityType", "entityId", changes) VALUES ('create', 'PublishedFigure', 'during-a-backup', '{}')`,
          );
        },
      });
      const after = await tableContents(database.url);
      expect(after.PublishedFigure!.rows).toBe(before.PublishedFigure!.rows + 1);
      expect(after.AuditLog!.rows).toBe(before.AuditLog!.rows + 1);
      for (const table of taken.tables) expect(table.rows, table.name).toBe(before[table.name]!.rows);
      expect((await readLines(file)).some((line) => line.includes('written during a backup'))).toBe(false);
    } finally {
      await database.drop();
    }
  });
});

describe('a restore', () => {
  it('refuses a database that holds rows, and leaves it as it was', async () => {
    const database = await createTestDatabase();
    try {
      const before = await tableContents(database.url);
      expect(await refusalOf(restoreBackup({ url: database.url, file: backupFile }))).toBe('not-empty');
      expect(await tableContents(database.url)).toEqual(before);
    } finally {
      await database.drop();
    }
  });

  it('refuses a file taken at other migrations before it touches the database', async () => {
    const file = await editedBackup({
      edit: (lines) => {
        const edited = JSON.parse(lines[0]!) as BackupHeader;
        edited.migrations = [...edited.migrations.slice(0, -1), '20991231000000_from_the_future'];
        lines[0] = JSON.stringify(edited);
      },
    });
    const target = await createEmptyDatabase();
    expect(await refusalOf(restoreBackup({ url: target, file }))).toBe('schema-differs');
    expect(await applicationTables(target)).toEqual([]);
  });

  it('writes nothing from a file whose rows no longer match their checksum', async () => {
    const file = await editedBackup({
      edit: (lines) => {
        const index = firstRowOf(lines, 'Region');
        lines[index] = lines[index]!.replace('"nameEn":"', '"nameEn":"Tampered ');
      },
    });
    const target = await createEmptyDatabase();
    expect(await refusalOf(restoreBackup({ url: target, file }))).toBe('damaged-file');
    expect(await applicationTables(target)).toEqual([]);
  });

  it('loads nothing when the database refuses one row: all or nothing', async () => {
    const file = await editedBackup({
      reseal: true,
      edit: (lines) => {
        const index = lines.findIndex((line) => line.includes(`"amount":${BIG_AMOUNT}`));
        lines[index] = lines[index]!.replace(`"amount":${BIG_AMOUNT}`, '"amount":-1');
      },
    });
    const target = await createEmptyDatabase();
    await expect(restoreBackup({ url: target, file })).rejects.toThrow(/Allocation_amount_positive/);
    const contents = await tableContents(target);
    expect(Object.keys(contents).length).toBeGreaterThanOrEqual(22);
    expect(Object.values(contents).every((table) => table.rows === 0)).toBe(true);
  });

  it('commits nothing when the loaded rows read back differently from the file', async () => {
    // PostgreSQL reads "2026-01-01 00:00:00" as it reads "2026-01-01T00:00:00" but writes the
    // latter: the row loads, and only the read-back check sees that it is not the file's.
    const file = await editedBackup({
      reseal: true,
      edit: (lines) => {
        const index = firstRowOf(lines, 'Region');
        lines[index] = lines[index]!.replace(/"createdAt":"(\d{4}-\d\d-\d\d)T/, '"createdAt":"$1 ');
      },
    });
    const target = await createEmptyDatabase();
    expect(await refusalOf(restoreBackup({ url: target, file }))).toBe('not-reproduced');
    expect(Object.values(await tableContents(target)).every((table) => table.rows === 0)).toBe(true);
  });
});
