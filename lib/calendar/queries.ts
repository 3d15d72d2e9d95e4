import 'server-only';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { CALENDAR_TOKEN, calendarTokenHash } from './token';

/** The active user a feed secret belongs to, if they may read the registry; else null. */
export async function findCalendarUser(token: string): Promise<{ id: string; email: string } | null> {
  if (!CALENDAR_TOKEN.test(token)) return null;
  const user = await db.user.findUnique({
    where: { calendarTokenHash: calendarTokenHash(token) },
    select: { id: true, email: true, role: true, isActive: true, isDemo: true },
  });
  if (!user || !user.isActive || (user.isDemo && process.env.NODE_ENV === 'production') || !can(user.role, 'registry.read')) return null;
  return { id: user.id, email: user.email };
}

/** Whether the signed-in user has a feed address (it is shown only when made). */
export async function hasCalendarToken(userId: string): Promise<boolean> {
  return ((await db.user.findUnique({ where: { id: userId }, select: { calendarTokenHash: true } }))?.calendarTokenHash ?? null) !== null;
}
