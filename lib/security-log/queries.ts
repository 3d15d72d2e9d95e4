// Reading the security log (admins only: permission audit.read).
import 'server-only';
import { requireAccess } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SecurityEventKind } from '@/lib/generated/prisma/enums';

export const SECURITY_LOG_PAGE_SIZE = 50;

export type SecurityEventView = {
  id: string;
  occurredAt: string;
  kind: SecurityEventKind;
  email: string | null;
  actorEmail: string | null;
  address: string | null;
  userAgent: string | null;
  detail: Record<string, unknown>;
};

export type SecurityLogFilters = { kind?: SecurityEventKind; email: string; address: string; from?: string; to?: string; page: number };

/** Korean calendar days, as the audit page counts them. */
const startOfDay = (day: string) => new Date(`${day}T00:00:00+09:00`);

export async function getSecurityEvents(filters: SecurityLogFilters): Promise<{ events: SecurityEventView[]; total: number }> {
  await requireAccess('audit.read');
  const occurredAt: Prisma.DateTimeFilter = {};
  if (filters.from) occurredAt.gte = startOfDay(filters.from);
  if (filters.to) occurredAt.lt = new Date(startOfDay(filters.to).getTime() + 86_400_000);
  const where: Prisma.SecurityEventWhereInput = {
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.email ? { email: { contains: filters.email.trim().toLowerCase() } } : {}),
    ...(filters.address ? { address: filters.address.trim() } : {}),
    ...(filters.from || filters.to ? { occurredAt } : {}),
  };
  const [rows, total] = await Promise.all([
    db.securityEvent.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: (filters.page - 1) * SECURITY_LOG_PAGE_SIZE,
      take: SECURITY_LOG_PAGE_SIZE,
    }),
    db.securityEvent.count({ where }),
  ]);
  const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => id !== null))];
  const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } }) : [];
  const actorEmail = new Map(actors.map((actor) => [actor.id, actor.email]));
  return {
    total,
    events: rows.map((row) => ({
      id: row.id.toString(),
      occurredAt: row.occurredAt.toISOString(),
      kind: row.kind,
      email: row.email,
      actorEmail: row.actorId ? (actorEmail.get(row.actorId) ?? null) : null,
      address: row.address,
      userAgent: row.userAgent,
      detail: row.detail as Record<string, unknown>,
    })),
  };
}
