import 'server-only';
import { requireAccess } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  isActive: boolean;
  mustChangePassword: boolean;
  version: number;
  createdAt: string;
  lastSignInAt: string | null;
};

/** The users list's search (issue 14): words of a name or an e-mail address, a role, a state. */
export type UserFilters = { q?: string; role?: Role; state?: 'active' | 'inactive' };

export async function listUsers(filters: UserFilters = {}): Promise<UserRow[]> {
  await requireAccess('users.manage');
  const q = filters.q?.trim();
  const users = await db.user.findMany({
    where: {
      ...(q ? { OR: [{ name: { contains: q, mode: 'insensitive' } }, { email: { contains: q, mode: 'insensitive' } }] } : {}),
      ...(filters.role ? { role: filters.role } : {}),
      ...(filters.state ? { isActive: filters.state === 'active' } : {}),
    },
    orderBy: [{ isActive: 'desc' }, { email: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      isActive: true,
      mustChangePassword: true,
      version: true,
      createdAt: true,
      sessions: { orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true } },
    },
  });
  return users.map(({ sessions, createdAt, ...user }) => ({
    ...user,
    createdAt: createdAt.toISOString(),
    lastSignInAt: sessions[0]?.createdAt.toISOString() ?? null,
  }));
}

/** One user, for the page that asks before deactivating them; null when there is none. */
export async function getUserRow(id: string): Promise<UserRow | null> {
  const users = await listUsers();
  return users.find((user) => user.id === id) ?? null;
}
