// Builds a Prisma client on @prisma/adapter-pg. The application's one client is lib/db.ts;
// scripts and tests make their own through this, for the database they were given.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import type { Prisma } from '@/lib/generated/prisma/client';

export function createPrismaClient(
  url: string,
  options: { log?: Prisma.LogLevel[] | Prisma.LogDefinition[]; max?: number; onQuery?: (query: string) => void } = {},
): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: options.max ?? 10 });
  if (!options.onQuery) return new PrismaClient({ adapter, log: options.log });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  const onQuery = options.onQuery;
  client.$on('query' as never, (event: Prisma.QueryEvent) => onQuery(event.query));
  return client;
}

export type { PrismaClient };
