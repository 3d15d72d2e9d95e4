// Creating a user with a password, and setting a password: the rows better-auth reads (User and
// its "credential" Account, scrypt hash from better-auth's own crypto), with the audit entry, in
// the caller's transaction. Used by the admin screens and by `npm run user:create`.
import { randomUUID } from 'node:crypto';
import { generateRandomString, hashPassword } from 'better-auth/crypto';
import { writeAudit, type Actor } from '@/lib/core/audit';
import { writeSecurityEvent } from '@/lib/core/security-event';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';

export const CREDENTIAL_PROVIDER = 'credential';

/** A temporary password signs in for 72 hours (lib/auth/session-rules.ts; kept in step). */
const TEMPORARY_PASSWORD_MS = 72 * 60 * 60 * 1000;
const temporaryExpiry = (mustChangePassword: boolean) => (mustChangePassword ? new Date(Date.now() + TEMPORARY_PASSWORD_MS) : null);

/** Where a request came from, for the security log (lib/auth/client-address.ts requestOrigin). */
type Origin = { address: string; userAgent: string | null } | null;

/** A password for an administrator to hand over once; the user must replace it at sign-in. */
export function temporaryPassword(): string {
  return generateRandomString(16, 'a-z', 'A-Z', '0-9');
}

export async function insertUserWithPassword(
  tx: Prisma.TransactionClient,
  options: { actor: Actor; email: string; name: string; role: Role; password: string; mustChangePassword: boolean; isDemo?: boolean },
): Promise<{ id: string }> {
  const id = randomUUID();
  const user = await tx.user.create({
    data: {
      id,
      email: options.email,
      name: options.name,
      role: options.role,
      emailVerified: true,
      mustChangePassword: options.mustChangePassword,
      temporaryPasswordExpiresAt: temporaryExpiry(options.mustChangePassword),
      isDemo: options.isDemo ?? false,
    },
  });
  await tx.account.create({
    data: { id: randomUUID(), accountId: id, providerId: CREDENTIAL_PROVIDER, userId: id, password: await hashPassword(options.password) },
  });
  await writeAudit(tx, {
    actor: options.actor,
    action: 'create',
    entityType: 'User',
    entityId: id,
    entityVersion: user.version,
    entityLabel: options.email,
    changes: {
      email: { before: null, after: options.email },
      name: { before: null, after: options.name },
      role: { before: null, after: options.role },
      isActive: { before: null, after: true },
    },
  });
  return { id };
}

/** Replaces a user's password hash; `except` keeps one session (the user's own, when they change it). */
export async function setPassword(
  tx: Prisma.TransactionClient,
  options: { actor: Actor; userId: string; password: string; mustChangePassword: boolean; keepSessionId?: string; origin?: Origin },
): Promise<void> {
  const hash = await hashPassword(options.password);
  const updated = await tx.account.updateMany({
    where: { userId: options.userId, providerId: CREDENTIAL_PROVIDER },
    data: { password: hash },
  });
  if (updated.count === 0) {
    await tx.account.create({
      data: { id: randomUUID(), accountId: options.userId, providerId: CREDENTIAL_PROVIDER, userId: options.userId, password: hash },
    });
  }
  const user = await tx.user.update({
    where: { id: options.userId },
    data: {
      mustChangePassword: options.mustChangePassword,
      temporaryPasswordExpiresAt: temporaryExpiry(options.mustChangePassword),
      version: { increment: 1 },
    },
  });
  await tx.session.deleteMany({
    where: { userId: options.userId, ...(options.keepSessionId ? { id: { not: options.keepSessionId } } : {}) },
  });
  await writeAudit(tx, {
    actor: options.actor,
    action: options.keepSessionId ? 'change-password' : 'reset-password',
    entityType: 'User',
    entityId: options.userId,
    entityVersion: user.version,
    entityLabel: user.email,
    // Never the password itself, nor its hash.
    changes: { password: { before: '(set)', after: '(changed)' } },
  });
  await writeSecurityEvent(tx, {
    kind: options.keepSessionId ? 'password_change' : 'password_reset',
    userId: options.userId,
    email: user.email,
    actorId: options.actor && options.actor.id !== options.userId ? options.actor.id : null,
    origin: options.origin,
  });
}
