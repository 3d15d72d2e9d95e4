import 'server-only';
import { db } from '@/lib/db';
import { type ThrottleKey, throttleKey } from './throttle';

/** The account an e-mail names, for the sign-in checks the library does not make. */
export async function findSignInCandidate(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, isActive: true, isDemo: true, mustChangePassword: true, temporaryPasswordExpiresAt: true },
  });
}

/** The account's password hash, to tell an expired temporary password from a wrong one. */
export async function findPasswordHash(userId: string): Promise<string | null> {
  const account = await db.account.findFirst({ where: { userId, providerId: 'credential' }, select: { password: true } });
  return account?.password ?? null;
}

/** The time until which any of the keys is locked, if one is. */
export async function lockedUntil(keys: ThrottleKey[], now = new Date()): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map(throttleKey) }, lockedUntil: { gt: now } } });
  const times = rows.map((row) => row.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}
