// The signed-in user's own account: their password (house style §7: one transaction, its audit row).
import 'server-only';
import { verifyPassword } from 'better-auth/crypto';
import type { RequestOrigin } from '@/lib/auth/client-address';
import type { CurrentUser } from '@/lib/auth/session';
import { RuleError } from '@/lib/core/errors';
import { db } from '@/lib/db';
import { CREDENTIAL_PROVIDER, setPassword } from '@/lib/users/accounts';

/** The signed-in user replaces their password; their other sessions end. */
export async function changeOwnPassword(
  actor: CurrentUser,
  input: { currentPassword: string; newPassword: string; sessionId: string },
  origin?: RequestOrigin,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const account = await tx.account.findFirst({
      where: { userId: actor.id, providerId: CREDENTIAL_PROVIDER },
      select: { password: true },
    });
    const isCurrentRight = account?.password ? await verifyPassword({ hash: account.password, password: input.currentPassword }) : false;
    if (!isCurrentRight) throw new RuleError('currentPasswordWrong', 'currentPassword');
    await setPassword(tx, {
      actor,
      userId: actor.id,
      password: input.newPassword,
      mustChangePassword: false,
      keepSessionId: input.sessionId,
      origin,
    });
  });
}
