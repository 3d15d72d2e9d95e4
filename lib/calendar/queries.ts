import 'server-only';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db';

/** The active user a feed secret belongs to, if they may read the registry; else null. */
export async function findCalendarUser(token: string): Promise<{ id: string; email: string } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const user = await db.user.findUnique({
    where: { calendarToken: token },
    select: { id: true, email: true, role: true, isActive: true, isDemo: true },
  });
  if (!user || !user.isActive || (user.isDemo && process.env.NODE_ENV === 'production') || !can(user.role, 'registry.read')) return null;
  return { id: user.id, email: user.email };
}

/** The signed-in user's own feed secret, for showing them their address. */
export async function getOwnCalendarToken(userId: string): Promise<string | null> {
  return (await db.user.findUnique({ where: { id: userId }, select: { calendarToken: true } }))?.calendarToken ?? null;
}
