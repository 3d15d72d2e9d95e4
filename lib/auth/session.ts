// Who is signed in, checked against the database on every call: an expired, idle or revoked
// session, a deactivated user, a temporary password past its 72 hours, or a demo account in
// production counts as nobody. A database that cannot answer is not "nobody": it throws
// DatabaseUnavailableError, so a form says "try again" instead of "sign in" (issue 13).
import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { DatabaseUnavailableError, isDatabaseUnavailable } from '@/lib/core/unavailable';
import { auth } from './auth';
import { endSession, touchSession } from './mutations';
import { type Permission, can } from './permissions';
import { isRole, type Role } from './roles';
import { isTemporaryPasswordExpired, isTouchDue, sessionEnd } from './session-rules';

export type CurrentUser = {
  id: string;
  sessionId: string;
  email: string;
  name: string;
  role: Role;
  mustChangePassword: boolean;
};

type SessionUser = {
  id: string;
  email: string;
  name: string;
  role?: unknown;
  isActive?: unknown;
  mustChangePassword?: unknown;
  temporaryPasswordExpiresAt?: unknown;
  isDemo?: unknown;
};
type SessionRow = { id: string; createdAt: Date | string; lastActiveAt?: Date | string | null };
type SessionAnswer = { user: SessionUser; session: SessionRow } | null | undefined;

export function toCurrentUser(session: SessionAnswer, now = new Date()): CurrentUser | null {
  const user = session?.user;
  if (!session || !user || user.isActive !== true || !isRole(user.role)) return null;
  if (user.isDemo === true && process.env.NODE_ENV === 'production') return null;
  const mustChangePassword = user.mustChangePassword === true;
  const expiresAt = user.temporaryPasswordExpiresAt;
  if (isTemporaryPasswordExpired({ mustChangePassword, temporaryPasswordExpiresAt: (expiresAt as Date | string | null) ?? null }, now))
    return null;
  return { id: user.id, sessionId: session.session.id, email: user.email, name: user.name, role: user.role, mustChangePassword };
}

async function readSession(): Promise<SessionAnswer> {
  try {
    return (await auth.api.getSession({ headers: await headers(), query: { disableRefresh: true } })) as SessionAnswer;
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError({ cause: error });
    return null;
  }
}

/** The signed-in user of this request, or null. Read once per request; keeps the session alive. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  const now = new Date();
  const user = toCurrentUser(session, now);
  if (!session || !user) return null;
  try {
    if (sessionEnd(session.session, now)) {
      await endSession(session.session.id);
      return null;
    }
    if (isTouchDue(session.session, now)) await touchSession(session.session.id, now);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError({ cause: error });
    throw error;
  }
  return user;
});

/**
 * After the user replaced their temporary password: this request's user (read once, cached for the
 * request) says so too, for the page the action redirects to is rendered in the same request and
 * would otherwise send them back to the password page.
 */
export function notePasswordChanged(user: CurrentUser): void {
  user.mustChangePassword = false;
}

export type Access =
  | { status: 'allowed'; user: CurrentUser }
  | { status: 'anonymous' }
  | { status: 'forbidden'; user: CurrentUser }
  /** Signed in with a temporary password: nothing but changing it (issue 13). */
  | { status: 'passwordChangeRequired'; user: CurrentUser };

/** Permissions a session with a temporary password still holds: replacing it. */
const TEMPORARY_PASSWORD_PERMISSIONS: readonly Permission[] = ['account.manage'];

/** Whether this request's user holds a permission; for pages and actions alike. */
export async function checkAccess(permission: Permission): Promise<Access> {
  const user = await getCurrentUser();
  if (!user) return { status: 'anonymous' };
  if (!can(user.role, permission)) return { status: 'forbidden', user };
  if (user.mustChangePassword && !TEMPORARY_PASSWORD_PERMISSIONS.includes(permission)) return { status: 'passwordChangeRequired', user };
  return { status: 'allowed', user };
}

/** Thrown by a non-public query asked for by someone without the permission. */
export class AccessDeniedError extends Error {
  constructor(readonly permission: Permission) {
    super(`Access denied: ${permission}`);
  }
}

/** For non-public queries: the user, or an AccessDeniedError (house style §5). */
export async function requireAccess(permission: Permission): Promise<CurrentUser> {
  const access = await checkAccess(permission);
  if (access.status !== 'allowed') throw new AccessDeniedError(permission);
  return access.user;
}
