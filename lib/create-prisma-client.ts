// Builds a Prisma client on @prisma/adapter-pg. The application's one client is lib/db.ts;
// scripts and tests make their own through this, for the database they were given.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import type { Prisma } from '@/lib/generated/prisma/client';

export type DatabaseTimeouts = {
  /** Longest wait for a connection, new or from the pool. */
  connectMs: number;
  /** Longest a statement may run: the server cancels it (statement_timeout), and the client stops
   * waiting a little later (query_timeout) in case the server itself hangs. */
  statementMs: number;
};

export function createPrismaClient(
  url: string,
  options: {
    log?: Prisma.LogLevel[] | Prisma.LogDefinition[];
    max?: number;
    onQuery?: (query: string) => void;
    timeouts?: DatabaseTimeouts;
  } = {},
): PrismaClient {
  const timeouts = options.timeouts;
  const adapter = new PrismaPg({
    connectionString: url,
    max: options.max ?? 10,
    ...(timeouts
      ? {
          connectionTimeoutMillis: timeouts.connectMs,
          statement_timeout: timeouts.statementMs,
          query_timeout: timeouts.statementMs + 500,
          // A connection broken by a hung server is not handed out again once it has timed out.
          idleTimeoutMillis: 30_000,
        }
      : {}),
  });
  if (!options.onQuery) return new PrismaClient({ adapter, log: options.log });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  const onQuery = options.onQuery;
  client.$on('query' as never, (event: Prisma.QueryEvent) => onQuery(event.query));
  return client;
}

export type { PrismaClient };
