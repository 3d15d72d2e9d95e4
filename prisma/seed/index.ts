// npm run db:seed — loads the seed into an empty database (run db:reset to start over).
import { withDatabase } from '../../scripts/db/connection';
import { applyMigrations } from '../../scripts/db/schema-engine';
import { createPrismaClient } from '@/lib/create-prisma-client';
import { isSeeded, seedDatabase } from './seed';

await withDatabase(async (url) => {
  await applyMigrations(url);
  const prisma = createPrismaClient(url);
  try {
    if (await isSeeded(prisma)) {
      console.log('The database already holds the registry; nothing seeded (npm run db:reset starts over).');
      return;
    }
    const started = Date.now();
    await seedDatabase(prisma);
    console.log(`Seeded the registry in ${Date.now() - started} ms.`);
  } finally {
    await prisma.$disconnect();
  }
});
