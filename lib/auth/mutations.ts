// Sign-in limits: failures counted per account and per address (lib/auth/throttle.ts).
import 'server-only';
import { db } from '@/lib/db';
import { THROTTLE_RULES, type ThrottleKey, throttleKey } from './throttle';

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

/** Ends a session the rules say is over (8 hours, or 30 minutes idle). */
export async function endSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** Records a session's activity (at most once a minute: lib/auth/session-rules.ts). */
export async function touchSession(sessionId: string, now: Date): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId }, data: { lastActiveAt: now } });
}
