// npm run db:sql -- "SELECT …" — runs one SQL statement and prints the rows (a quick look
// at the embedded database, which ships no psql).
import pg from 'pg';
import { withDatabase } from './connection';

const sql = process.argv.slice(2).join(' ');
if (!sql) {
  console.error('Usage: npm run db:sql -- "SELECT …"');
  process.exit(2);
}
await withDatabase(async (url) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query(sql);
    console.table(result.rows);
  } finally {
    await client.end();
  }
});
