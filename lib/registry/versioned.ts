// Optimistic concurrency: a save names the version it started from, and is refused when the
// record has moved on since (issue 3: "no edit is ever silently overwritten").
import { ConflictError, RecordNotFoundError } from '@/lib/actions/errors';

/** The record as read in the transaction, checked against the version the form started from. */
export function checkVersion<T extends { version: number }>(
  entityType: string,
  id: string | number,
  submitted: number,
  record: T | null,
): T {
  if (!record) throw new RecordNotFoundError(entityType, String(id));
  if (record.version !== submitted) throw new ConflictError(entityType, String(id), submitted, record.version);
  return record;
}

/** After an update guarded by `WHERE version = submitted`: nothing updated means someone else saved first. */
export function checkGuardedUpdate(entityType: string, id: string | number, submitted: number, updated: { count: number }): void {
  if (updated.count !== 1) throw new ConflictError(entityType, String(id), submitted, submitted + 1);
}
