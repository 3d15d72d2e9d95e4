// Prisma CLI configuration. The project applies migrations with its own runner
// (scripts/db/migrate.ts, on Prisma's WebAssembly schema engine), so the CLI is only
// needed for `prisma generate`; a user with network can still run `prisma migrate deploy`.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/registry' },
});
