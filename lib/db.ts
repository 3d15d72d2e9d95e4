// The application's only Prisma client (house style §6): only lib/**/queries.ts and
// lib/**/mutations.ts import it.
import 'server-only';
import { createPrismaClient, type PrismaClient } from '@/lib/create-prisma-client';
import { serverEnv } from '@/lib/env';

const globalForPrisma = globalThis as unknown as { registryPrisma?: PrismaClient };

export const db: PrismaClient = (globalForPrisma.registryPrisma ??= createPrismaClient(serverEnv().DATABASE_URL));
