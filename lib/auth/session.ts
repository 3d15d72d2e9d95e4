// Who is signed in, checked against the database on every call: an expired or revoked session,
// a deactivated user, or a demo account in production counts as nobody.
import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { auth } from './auth';
import { type Permission, can } from './permissions';
import { isRole, type Role } from './roles';

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
  isDemo?: unknown;
};

export function toCurrentUser(session: { user: SessionUser; session: { id: string } } | null | undefined): CurrentUser | null {
  const user = session?.user;
  if (!session || !user || user.isActive !== true || !isRole(user.role)) return null;
  if (user.isDemo === true && process.env.NODE_ENV === 'production') return null;
  return {
    id: user.id,
    sessionId: session.session.id,
    email: user.email,
    name: user.name,
    role: user.role,
    mustChangePassword: user.mustChangePassword === true,
  };
}

/** The signed-in user of this request, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth.api.getSession({ headers: await headers(), query: { disableRefresh: true } }).catch(() => null);
  return toCurrentUser(session as { user: SessionUser; session: { id: string } } | null);
});

export type Access = { status: 'allowed'; user: CurrentUser } | { status: 'anonymous' } | { status: 'forbidden'; user: CurrentUser };

/** Whether this request's user holds a permission; for pages and actions alike. */
export async function checkAccess(permission: Permission): Promise<Access> {
  const user = await getCurrentUser();
  if (!user) return { status: 'anonymous' };
  return can(user.role, permission) ? { status: 'allowed', user } : { status: 'forbidden', user };
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
