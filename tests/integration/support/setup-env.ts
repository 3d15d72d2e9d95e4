// Points lib/db.ts (the application's client) at the shared, seeded test database.
import { inject } from 'vitest';

process.env.DATABASE_URL = inject('databaseUrl');
