// schema.prisma and prisma/migrations must describe the same database: the migrations are
// replayed on a shadow database and diffed against the schema by Prisma's own engine.
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { applyMigrations, diffMigrationsToSchema } from '../../scripts/db/schema-engine';
import { createTestDatabase } from './support/database';

describe('migrations', () => {
  it('produce exactly the database schema.prisma describes', async () => {
    const sql = await diffMigrationsToSchema(inject('databaseUrl'));
    expect(sql).toBe('-- This is an empty migration.');
  });

  it('are recorded as applied, so applying them again changes nothing', async () => {
    const database = await createTestDatabase();
    try {
      expect(await applyMigrations(database.url)).toEqual([]);
      const rows = await database.prisma.$queryRaw<
        { migration_name: string }[]
      >`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      await database.drop();
    }
  });
});
