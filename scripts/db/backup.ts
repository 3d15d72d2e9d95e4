// npm run db:backup -- [--out path]
// Writes a consistent snapshot of every table of the portal's database (DATABASE_URL, else the
// embedded one; works while `npm start` runs) to backups/registry-<time>.ndjson.gz or --out.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createBackup } from './backups/create-backup';
import { withDatabase } from './connection';

const USAGE = 'Usage: npm run db:backup -- [--out <file>]';

function parse(): { out?: string } {
  try {
    return parseArgs({ options: { out: { type: 'string' } } }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, '')
  .replace(/\.\d+Z$/, 'Z');
const file = parse().out ?? `backups/registry-${stamp}.ndjson.gz`;
if (existsSync(file)) {
  console.error(`${file} exists already; a backup never overwrites one. Name another with --out.`);
  process.exit(2);
}

try {
  await withDatabase(async (url) => {
    const started = Date.now();
    const { header, bytes } = await createBackup({
      url,
      file,
      onTable: (table) => console.log(`  ${table.name}: ${table.rows} ${table.rows === 1 ? 'row' : 'rows'}`),
    });
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(
      `Wrote ${file}: ${header.tables.length} tables, ${rows} rows, ${(bytes / 1024).toFixed(1)} KiB in ${Date.now() - started} ms ` +
        `(snapshot of ${header.takenAt}, migrations up to ${header.migrations.at(-1) ?? 'none'}).`,
    );
  });
} catch (error) {
  console.error(`The backup failed, and no file was written: ${(error as Error).message}`);
  process.exit(1);
}
