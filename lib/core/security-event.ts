// Writing the security log (issue 13): sign-ins, sign-outs, password and role changes, refused
// actions. Takes the caller's transaction when the event belongs to a change (a password set, a
// role changed: both rows or neither), so scripts use it too; lib/security-log/mutations.ts writes
// the events that stand alone (a sign-in). The table refuses UPDATE, DELETE and TRUNCATE.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SecurityEventKind } from '@/lib/generated/prisma/enums';

export type { SecurityEventKind };

export type SecurityEventEntry = {
  kind: SecurityEventKind;
  /** The account concerned, when known. */
  userId?: string | null;
  email?: string | null;
  /** Another user who acted on the account (an administrator changing a role). */
  actorId?: string | null;
  /** Where the request came from (lib/auth/client-address.ts requestOrigin). */
  origin?: { address: string; userAgent: string | null } | null;
  detail?: Record<string, string | number | boolean | null>;
};

export function securityEventData(entry: SecurityEventEntry): Prisma.SecurityEventUncheckedCreateInput {
  return {
    kind: entry.kind,
    userId: entry.userId ?? null,
    email: entry.email?.slice(0, 254) ?? null,
    actorId: entry.actorId ?? null,
    address: entry.origin?.address ?? null,
    userAgent: entry.origin?.userAgent ?? null,
    detail: entry.detail ?? {},
  };
}

export async function writeSecurityEvent(tx: Prisma.TransactionClient, entry: SecurityEventEntry): Promise<void> {
  await tx.securityEvent.create({ data: securityEventData(entry) });
}
