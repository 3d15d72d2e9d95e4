// Versioned updates (issue 3: "no edit is ever silently overwritten"): a save names the version
// its form started from and is refused when the record has moved on since. Every one goes
//   checkVersion (the record as read in the transaction)  →  the domain's own rules  →
//   saveVersioned (the write guarded by WHERE version = …, the rest of the change, the audit row),
// in the caller's transaction (house style §7).
import type { Prisma } from '@/lib/generated/prisma/client';
import { type Actor, writeAudit } from './audit';
import type { Changes } from './changes';
import { ConflictError, RecordNotFoundError } from './errors';

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

/** What a guarded write puts in its WHERE. */
export type VersionGuard = { id: number; version: number };

export type AuditOf = { label: string; changes: Changes };

type SaveOptions<R> = {
  actor: Actor;
  /** What was done, as the audit trail names it: update, retire, add-coverage … */
  action: string;
  entityType: string;
  /** The record, and the version its form started from (already read through checkVersion). */
  id: number;
  version: number;
  /** The write with `guard` as its WHERE: an updateMany with `version: { increment: 1 }`, or a deleteMany. */
  write: (guard: VersionGuard) => Promise<{ count: number }>;
  /** The rest of the change once the guarded write went through (other rows it touches, the record
   * read back); its result is what the audit row describes and what saveVersioned returns. */
  afterWrite?: () => Promise<R>;
  /** The audit row's label and changes, from that result. */
  audit: (result: R) => AuditOf | Promise<AuditOf>;
};

/** The guarded write, the rest of the change and its audit row (at the record's new version). */
export async function saveVersioned<R = undefined>(tx: Prisma.TransactionClient, options: SaveOptions<R>): Promise<R> {
  const { entityType, id, version } = options;
  checkGuardedUpdate(entityType, id, version, await options.write({ id, version }));
  const result = (await options.afterWrite?.()) as R;
  const { label, changes } = await options.audit(result);
  await writeAudit(tx, {
    actor: options.actor,
    action: options.action,
    entityType,
    entityId: id,
    entityVersion: version + 1,
    entityLabel: label,
    changes,
  });
  return result;
}
