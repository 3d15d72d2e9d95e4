// The application's only Prisma client (house style §6): only lib/**/queries.ts,
// staff-queries.ts and mutations.ts import it.
import 'server-only';
import { createPrismaClient, type PrismaClient } from '@/lib/create-prisma-client';
import { serverEnv } from '@/lib/env';

// Kept on globalThis so `next dev` reloads do not open a new pool each time; keyed by URL so a
// process that switches databases (the tests) never reuses a client of another database.
const globalForPrisma = globalThis as unknown as { registryPrisma?: { url: string; client: PrismaClient } };

/** Who is told of each SQL statement: nobody, unless REGISTRY_QUERY_EVENTS=1 (the query-budget test). */
const queryObservers = new Set<(query: string) => void>();

function client(): PrismaClient {
  const env = serverEnv();
  const url = env.DATABASE_URL;
  if (globalForPrisma.registryPrisma?.url !== url) {
    const onQuery =
      process.env.REGISTRY_QUERY_EVENTS === '1' ? (query: string) => queryObservers.forEach((observe) => observe(query)) : undefined;
    // Bounded waits (issue 13): a hung database fails a request within seconds instead of holding it.
    const timeouts = { connectMs: env.REGISTRY_DB_CONNECT_TIMEOUT_MS, statementMs: env.REGISTRY_DB_STATEMENT_TIMEOUT_MS };
    globalForPrisma.registryPrisma = { url, client: createPrismaClient(url, { onQuery, timeouts }) };
  }
  return globalForPrisma.registryPrisma.client;
}

/** The SQL statements `work` sends through the application's client (query events must be on). */
export async function recordQueries(work: () => Promise<unknown>): Promise<string[]> {
  const queries: string[] = [];
  const observe = (query: string) => queries.push(query);
  queryObservers.add(observe);
  try {
    await work();
  } finally {
    queryObservers.delete(observe);
  }
  return queries;
}

export const db: PrismaClient = client();
