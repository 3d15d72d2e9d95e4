import 'server-only';
import { requireAccess } from '@/lib/auth/session';
import { STAFF_PAGE_SIZE } from '@/lib/core/pagination';
import { db } from '@/lib/db';
import type { OfficerRole } from '@/lib/generated/prisma/enums';
import { ORGANISATION_SELECT, toOrganisationRef } from '@/lib/organisations/refs';

export async function listOfficersForStaff(options: { role?: OfficerRole; page: number }) {
  await requireAccess('registry.read');
  const where = options.role ? { role: options.role } : {};
  const [rows, total] = await Promise.all([
    db.associationOfficer.findMany({
      where,
      orderBy: [{ startedOn: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      skip: (options.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: {
        id: true,
        role: true,
        termOrdinal: true,
        personKo: true,
        personEn: true,
        startedOn: true,
        endedOn: true,
        organisation: { select: ORGANISATION_SELECT },
      },
    }),
    db.associationOfficer.count({ where }),
  ]);
  return { total, rows: rows.map(({ organisation, ...row }) => ({ ...row, organisation: toOrganisationRef(organisation) })) };
}

export async function getOfficerForEdit(id: number) {
  await requireAccess('registry.read');
  const row = await db.associationOfficer.findUnique({ where: { id }, include: { organisation: { select: ORGANISATION_SELECT } } });
  if (!row) return null;
  return { ...row, organisation: toOrganisationRef(row.organisation) };
}
