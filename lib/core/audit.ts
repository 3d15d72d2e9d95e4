// Writing the audit trail: always inside the transaction of the change it records (house style §7).
// It takes the caller's transaction and never opens the database itself, so scripts use it too.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import type { Changes } from './changes';

export type Actor = { id: string; email: string; role: Role } | null;

export type AuditEntry = {
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string | number;
  entityVersion?: number | null;
  entityLabel?: string | null;
  changes: Changes;
};

export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      entityVersion: entry.entityVersion ?? null,
      entityLabel: entry.entityLabel ?? null,
      changes: entry.changes,
    },
  });
}
