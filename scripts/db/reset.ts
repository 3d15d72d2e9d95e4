// npm run db:reset — empties the database, migrates and seeds it again. Asks nothing: it is for
// development and tests; on a server with real edits, take a backup first.
import pg from 'pg';
import { createPrismaClient } from '@/lib/create-prisma-client';
import { seedDatabase } from '../../prisma/seed/seed';
import { withDatabase } from './connection';
import { applyMigrations } from './schema-engine';

await withDatabase(async (url) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  } finally {
    await client.end();
  }
  await applyMigrations(url);
  const prisma = createPrismaClient(url);
  try {
    await seedDatabase(prisma);
  } finally {
    await prisma.$disconnect();
  }
  console.log('The database was reset, migrated and seeded.');
});
