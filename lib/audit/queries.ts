import 'server-only';
import { requireAccess } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import type { ConflictChange } from '@/lib/core/action-state';
import type { Changes } from '@/lib/core/changes';

export type AuditEntryView = {
  id: string;
  occurredAt: string;
  actorEmail: string | null;
  actorRole: Role | null;
  action: string;
  entityType: string;
  entityId: string;
  entityLabel: string | null;
  entityVersion: number | null;
  changes: Changes;
};

const toView = (row: Prisma.AuditLogGetPayload<object>): AuditEntryView => ({
  id: row.id.toString(),
  occurredAt: row.occurredAt.toISOString(),
  actorEmail: row.actorEmail,
  actorRole: row.actorRole,
  action: row.action,
  entityType: row.entityType,
  entityId: row.entityId,
  entityLabel: row.entityLabel,
  entityVersion: row.entityVersion,
  changes: row.changes as Changes,
});

/**
 * What others changed in a record after the version an editor started from, field by field:
 * shown when their save is refused as out of date. Called by define-action for a user already
 * allowed to edit the record.
 */
export async function changesSince(
  entityType: string,
  entityId: string,
  version: number,
): Promise<{ changes: ConflictChange[]; latestVersion: number }> {
  const rows = await db.auditLog.findMany({
    where: { entityType, entityId, entityVersion: { gt: version } },
    orderBy: { id: 'asc' },
  });
  const latestVersion = Math.max(version, ...rows.map((row) => row.entityVersion ?? 0));
  const changes = rows.flatMap((row) =>
    Object.entries(row.changes as Changes).map(([field, change]) => ({
      occurredAt: row.occurredAt.toISOString(),
      actorEmail: row.actorEmail,
      field,
      before: change.before,
      after: change.after,
    })),
  );
  return { changes, latestVersion };
}

/** The history panel of a record: every audit entry about it, newest first. */
export async function getRecordHistory(entityType: string, entityId: string | number): Promise<AuditEntryView[]> {
  await requireAccess('registry.read');
  const rows = await db.auditLog.findMany({
    where: { entityType, entityId: String(entityId) },
    orderBy: { id: 'desc' },
    take: 200,
  });
  return rows.map(toView);
}

export type AuditFilters = { actorId?: string; entityType?: string; from?: string; to?: string; page: number };
export const AUDIT_PAGE_SIZE = 50;

/** The admin audit page: filtered by person, record type and date range (Korean calendar days). */
export async function getAuditEntries(filters: AuditFilters): Promise<{ entries: AuditEntryView[]; total: number }> {
  await requireAccess('audit.read');
  const occurredAt: Prisma.DateTimeFilter = {};
  if (filters.from) occurredAt.gte = new Date(`${filters.from}T00:00:00+09:00`);
  if (filters.to) occurredAt.lt = new Date(new Date(`${filters.to}T00:00:00+09:00`).getTime() + 86_400_000);
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.from || filters.to ? { occurredAt } : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: { id: 'desc' }, skip: (filters.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
    db.auditLog.count({ where }),
  ]);
  return { entries: rows.map(toView), total };
}

/** The people and record types that appear in the trail, for the audit page's filters. */
export async function getAuditFilterOptions(): Promise<{ actors: { id: string; email: string }[]; entityTypes: string[] }> {
  await requireAccess('audit.read');
  const [actors, types] = await Promise.all([
    db.user.findMany({ where: { auditEntries: { some: {} } }, select: { id: true, email: true }, orderBy: { email: 'asc' } }),
    db.auditLog.findMany({ distinct: ['entityType'], select: { entityType: true }, orderBy: { entityType: 'asc' } }),
  ]);
  return { actors, entityTypes: types.map((t) => t.entityType) };
}
