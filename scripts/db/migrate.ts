// npm run db:migrate — applies the migrations not yet applied (as `prisma migrate deploy`).
import { withDatabase } from './connection';
import { applyMigrations } from './schema-engine';

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
});
