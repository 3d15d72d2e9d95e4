// A database that cannot answer — unreachable, hung, out of connections, or a statement past its
// timeout (lib/db.ts sets the bounds) — told apart from a refusal or a bug, so that a request
// answers "temporarily unavailable, try again" (503, or a form state keeping what was typed)
// instead of "sign in required" or a 500 (issue 13).

/** Thrown where a lookup failed for want of a database, not for want of a record. */
export class DatabaseUnavailableError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The database is temporarily unavailable', options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Prisma's codes for a server it cannot reach, a pool it waited on too long, a connection lost. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** PostgreSQL's: statement timeout or cancelled, shutting down, too many connections, cannot connect now. */
const POSTGRES_CODES = new Set(['57014', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
/** What the driver adapter (@prisma/driver-adapter-utils) calls the same conditions. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'DatabaseDoesNotExist', 'SocketTimeout', 'ConnectionClosed', 'TooManyConnections']);
/** Node's and pg's own words for a connection that failed or a query that timed out. */
const MESSAGES =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|EPIPE|timeout exceeded when trying to connect|Connection terminated|Query read timeout|connection timeout|Can't reach database|Timed out fetching a new connection|statement timeout/i;

type Inspectable = { name?: unknown; code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown };

/** Whether an error, or any error it wraps, says the database could not answer. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const value = current as Inspectable & { meta?: { driverAdapterError?: unknown } };
    if (value instanceof DatabaseUnavailableError) return true;
    if (typeof value.code === 'string' && (PRISMA_CODES.has(value.code) || POSTGRES_CODES.has(value.code) || MESSAGES.test(value.code)))
      return true;
    if (typeof value.originalCode === 'string' && POSTGRES_CODES.has(value.originalCode)) return true;
    if (typeof value.kind === 'string' && ADAPTER_KINDS.has(value.kind)) return true;
    if (typeof value.message === 'string' && MESSAGES.test(value.message)) return true;
    queue.push(value.cause, value.meta?.driverAdapterError);
  }
  return false;
}
