import 'server-only';
import { ConflictError, RecordNotFoundError, RuleError } from '@/lib/core/errors';
import type { CurrentUser } from '@/lib/auth/session';
import { diffRecords } from '@/lib/core/changes';
import { writeAudit } from '@/lib/core/audit';
import { writeSecurityEvent } from '@/lib/core/security-event';
import type { RequestOrigin } from '@/lib/auth/client-address';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { insertUserWithPassword, setPassword, temporaryPassword } from './accounts';

export async function createUser(actor: CurrentUser, input: { email: string; name: string; role: Role }) {
  const password = temporaryPassword();
  const { id } = await db.$transaction((tx) => insertUserWithPassword(tx, { actor, ...input, password, mustChangePassword: true }));
  return { id, temporaryPassword: password };
}

/** Locks the user row and checks the version the admin's form started from. */
async function lockUser(tx: Prisma.TransactionClient, userId: string, version: number) {
  const [user] = await tx.$queryRaw<{ id: string; version: number; role: Role; isActive: boolean; email: string }[]>`
    SELECT "id", "version", "role", "isActive", "email" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  if (!user) throw new RecordNotFoundError('User', userId);
  if (user.version !== version) throw new ConflictError('User', userId, version, user.version);
  return user;
}

/** At least one active admin must remain, or nobody could manage users again. */
async function assertAnotherActiveAdmin(tx: Prisma.TransactionClient, exceptUserId: string) {
  const others = await tx.user.count({ where: { role: 'admin', isActive: true, id: { not: exceptUserId } } });
  if (others === 0) throw new RuleError('lastAdmin');
}

export async function changeUserRole(actor: CurrentUser, input: { userId: string; role: Role; version: number }, origin?: RequestOrigin) {
  if (input.userId === actor.id) throw new RuleError('cannotChangeOwnAccount', 'role');
  await db.$transaction(async (tx) => {
    const before = await lockUser(tx, input.userId, input.version);
    if (before.role === 'admin' && input.role !== 'admin') await assertAnotherActiveAdmin(tx, input.userId);
    const after = await tx.user.update({ where: { id: input.userId }, data: { role: input.role, version: { increment: 1 } } });
    await writeAudit(tx, {
      actor,
      action: 'change-role',
      entityType: 'User',
      entityId: input.userId,
      entityVersion: after.version,
      entityLabel: after.email,
      changes: diffRecords(before, after, ['role']),
    });
    await writeSecurityEvent(tx, {
      kind: 'role_change',
      userId: input.userId,
      email: after.email,
      actorId: actor.id,
      origin,
      detail: { before: before.role, after: after.role },
    });
  });
}

/** Deactivating ends the user's sessions at once and revokes their calendar feed for good; they can no longer sign in. */
export async function setUserActive(
  actor: CurrentUser,
  input: { userId: string; isActive: boolean; version: number },
  origin?: RequestOrigin,
) {
  if (input.userId === actor.id) throw new RuleError('cannotChangeOwnAccount');
  await db.$transaction(async (tx) => {
    const before = await lockUser(tx, input.userId, input.version);
    if (!input.isActive && before.role === 'admin') await assertAnotherActiveAdmin(tx, input.userId);
    // A reactivated user asks for a new feed address: the old one never works again (issue 13).
    const after = await tx.user.update({
      where: { id: input.userId },
      data: { isActive: input.isActive, version: { increment: 1 }, ...(input.isActive ? {} : { calendarTokenHash: null }) },
    });
    if (!input.isActive) await tx.session.deleteMany({ where: { userId: input.userId } });
    await writeSecurityEvent(tx, {
      kind: input.isActive ? 'account_reactivated' : 'account_deactivated',
      userId: input.userId,
      email: after.email,
      actorId: actor.id,
      origin,
    });
    await writeAudit(tx, {
      actor,
      action: input.isActive ? 'reactivate' : 'deactivate',
      entityType: 'User',
      entityId: input.userId,
      entityVersion: after.version,
      entityLabel: after.email,
      changes: diffRecords(before, after, ['isActive']),
    });
  });
}

/** A new temporary password, shown once to the admin; the user's sessions end. */
export async function resetUserPassword(actor: CurrentUser, input: { userId: string; version: number }, origin?: RequestOrigin) {
  if (input.userId === actor.id) throw new RuleError('useOwnPasswordPage');
  const password = temporaryPassword();
  await db.$transaction(async (tx) => {
    await lockUser(tx, input.userId, input.version);
    await setPassword(tx, { actor, userId: input.userId, password, mustChangePassword: true, origin });
  });
  return { temporaryPassword: password };
}
