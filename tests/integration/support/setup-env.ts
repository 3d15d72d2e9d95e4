// Each integration test file gets its own copy of the seeded database, so files that write never
// disturb files that read, and lib/db.ts (the application's client) points at that copy.
import { afterAll } from 'vitest';
import { createTestDatabase } from './database';

process.env.BETTER_AUTH_SECRET ??= 'integration-tests-secret-integration-tests-secret';
process.env.SITE_URL ??= 'http://localhost:3000';

const database = await createTestDatabase();
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  await database.drop();
});
