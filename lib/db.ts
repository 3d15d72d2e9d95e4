// The application's only Prisma client (house style §6): only lib/**/queries.ts,
// staff-queries.ts and mutations.ts import it.
import 'server-only';
import { createPrismaClient, type PrismaClient } from '@/lib/create-prisma-client';
import { serverEnv } from '@/lib/env';

// Kept on globalThis so `next dev` reloads do not open a new pool each time; keyed by URL so a
// process that switches databases (the tests) never reuses a client of another database.
const globalForPrisma = globalThis as unknown as { registryPrisma?: { url: string; client: PrismaClient } };

function client(): PrismaClient {
  const url = serverEnv().DATABASE_URL;
  if (globalForPrisma.registryPrisma?.url !== url) {
    globalForPrisma.registryPrisma = { url, client: createPrismaClient(url) };
  }
  return globalForPrisma.registryPrisma.client;
}

export const db: PrismaClient = client();
