import 'server-only';
import { verifyPassword } from 'better-auth/crypto';
import { RuleError } from '@/lib/core/errors';
import { db } from '@/lib/db';
import { CREDENTIAL_PROVIDER, setPassword } from '@/lib/users/accounts';
import type { CurrentUser } from './session';
import { THROTTLE_RULES, type ThrottleKey, throttleKey } from './throttle';

/** The signed-in user replaces their password; their other sessions end. */
export async function changeOwnPassword(
  actor: CurrentUser,
  input: { currentPassword: string; newPassword: string; sessionId: string },
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
    });
  });
}

/** Counts a failure for each key, atomically, and locks the keys that reached their limit. */
export async function recordFailure(keys: ThrottleKey[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const rule = THROTTLE_RULES[key.kind];
    const windowStart = new Date(now.getTime() - rule.windowMinutes * 60_000);
    const lock = new Date(now.getTime() + rule.lockMinutes * 60_000);
    // One statement: a new window starts when the last one is over; the lock is set on the
    // failure that reaches the limit. Concurrent failures serialize on the row.
    await db.$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt", "lockedUntil", "updatedAt")
      VALUES (${throttleKey(key)}, 1, ${now}, ${rule.maxFailures <= 1 ? lock : null}, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
        "windowStartedAt" = CASE WHEN "SignInThrottle"."windowStartedAt" < ${windowStart} THEN ${now} ELSE "SignInThrottle"."windowStartedAt" END,
        "lockedUntil" = CASE
          WHEN "SignInThrottle"."windowStartedAt" >= ${windowStart} AND "SignInThrottle"."failures" + 1 >= ${rule.maxFailures} THEN ${lock}
          ELSE "SignInThrottle"."lockedUntil" END,
        "updatedAt" = ${now}`;
  }
}

/** A successful sign-in clears the account's count (not the address's). */
export async function recordSuccess(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: throttleKey({ kind: 'email', value: email }) } });
}
