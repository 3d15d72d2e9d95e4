// How long a signed-in session lasts, and a temporary password (issue 13). Pure, so the rules are
// tested with any clock; lib/auth/session.ts applies them to every request.
//
// - 8 hours from sign-in at most (a working day), whatever the activity: better-auth's own expiry
//   is clamped to it too (lib/auth/auth.ts), since with `rememberMe: false` it would be a day.
// - 30 minutes without a request end it (OWASP ASVS 5.0 §7.3.1: an inactivity timeout the
//   risk analysis sets; KISA 웹 취약점 점검 "불충분한 세션 관리").
// - A password an administrator issued signs in for 72 hours, and only to be replaced.

export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** A session's last activity is written at most this often (one write a minute, not one per request). */
export const SESSION_TOUCH_MS = 60 * 1000;
export const TEMPORARY_PASSWORD_MS = 72 * 60 * 60 * 1000;

export type SessionTimes = { createdAt: Date | string; lastActiveAt?: Date | string | null };

/** Why a session is over at `now`, or null while it holds. */
export function sessionEnd(session: SessionTimes, now: Date): 'absolute' | 'idle' | null {
  const created = new Date(session.createdAt).getTime();
  const lastActive = session.lastActiveAt ? new Date(session.lastActiveAt).getTime() : created;
  if (!(now.getTime() < created + SESSION_ABSOLUTE_MS)) return 'absolute';
  if (!(now.getTime() < lastActive + SESSION_IDLE_MS)) return 'idle';
  return null;
}

/** Whether the session's last activity is old enough to be written again. */
export function isTouchDue(session: SessionTimes, now: Date): boolean {
  const lastActive = new Date(session.lastActiveAt ?? session.createdAt).getTime();
  return now.getTime() - lastActive >= SESSION_TOUCH_MS;
}

/** When a temporary password issued at `issuedAt` stops signing in. */
export function temporaryPasswordExpiry(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + TEMPORARY_PASSWORD_MS);
}

/** A temporary password past its 72 hours; an ordinary password never expires here. */
export function isTemporaryPasswordExpired(
  user: { mustChangePassword: boolean; temporaryPasswordExpiresAt: Date | string | null },
  now: Date,
) {
  if (!user.mustChangePassword) return false;
  // Issued before expiry was recorded: treated as expired rather than valid for ever.
  if (!user.temporaryPasswordExpiresAt) return true;
  return !(now.getTime() < new Date(user.temporaryPasswordExpiresAt).getTime());
}
