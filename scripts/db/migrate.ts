// npm run db:migrate — applies the migrations not yet applied (as `prisma migrate deploy`).
import { withDatabase } from './connection';
import { createPrismaClient } from '@/lib/create-prisma-client';
import { applyMigrations } from './schema-engine';
import { refreshStaleSearchKeysSaying } from './search-keys';

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
  const prisma = createPrismaClient(url, { max: 1 });
  try {
    await refreshStaleSearchKeysSaying(prisma);
  } finally {
    await prisma.$disconnect();
  }
});
