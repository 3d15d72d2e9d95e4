// npm run db:restore -- <file> [--database-url <url>]
// Loads a backup written by db:backup into an EMPTY database (--database-url, else DATABASE_URL,
// else the embedded one): migrations first, then every table in one transaction, checked against
// the file before it commits. Exit codes: 2 usage, 3 the database is not empty, 4 other
// migrations or tables, 5 a damaged file, 6 rows read back differently, 1 anything else.
import { parseArgs } from 'node:util';
import { REFUSAL_EXIT_CODES, BackupRefusal } from './backups/refusal';
import { restoreBackup } from './backups/restore-backup';
import { withDatabase } from './connection';

const USAGE = 'Usage: npm run db:restore -- <file> [--database-url postgresql://…]';

function parse(): { file: string; databaseUrl?: string } {
  try {
    const { values, positionals } = parseArgs({ options: { 'database-url': { type: 'string' } }, allowPositionals: true });
    if (positionals.length !== 1) throw new Error('Name one backup file.');
    return { file: positionals[0]!, databaseUrl: values['database-url'] };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const { file, databaseUrl } = parse();
const restore = async (url: string) => {
  const started = Date.now();
  const { header } = await restoreBackup({ url, file, onStep: (message) => console.log(message) });
  for (const table of header.tables) console.log(`  ${table.name}: ${table.rows} ${table.rows === 1 ? 'row' : 'rows'}`);
  console.log(`Restored ${file} in ${Date.now() - started} ms.`);
};

try {
  if (databaseUrl) await restore(databaseUrl);
  else await withDatabase(restore);
} catch (error) {
  if (error instanceof BackupRefusal) {
    console.error(`Nothing was restored. ${error.message}`);
    process.exit(REFUSAL_EXIT_CODES[error.reason]);
  }
  console.error(`The restore failed, and nothing was committed: ${(error as Error).message}`);
  process.exit(1);
}
