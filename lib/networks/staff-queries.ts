import 'server-only';
import { requireAccess } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { ORGANISATION_SELECT, toOrganisationRef } from '@/lib/organisations/refs';

export async function listNetworksForStaff() {
  await requireAccess('registry.read');
  const rows = await db.network.findMany({
    orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
    select: { id: true, slug: true, nameKo: true, nameEn: true, shortKo: true, shortEn: true, _count: { select: { memberships: true } } },
  });
  return rows.map(({ _count, ...network }) => ({ ...network, membershipCount: _count.memberships }));
}

export async function getNetworkForEdit(id: number) {
  await requireAccess('registry.read');
  const row = await db.network.findUnique({
    where: { id },
    include: {
      memberships: {
        orderBy: [{ status: 'asc' }, { id: 'asc' }],
        select: { id: true, status: true, appliedOn: true, joinedOn: true, leftOn: true, organisation: { select: ORGANISATION_SELECT } },
      },
    },
  });
  if (!row) return null;
  const { memberships, ...network } = row;
  return {
    ...network,
    memberships: memberships.map(({ organisation, ...m }) => ({ ...m, organisation: toOrganisationRef(organisation) })),
  };
}

export async function getNetworkMembershipForEdit(id: number) {
  await requireAccess('registry.read');
  const row = await db.networkMembership.findUnique({
    where: { id },
    include: {
      network: { select: { id: true, shortKo: true, shortEn: true, nameKo: true, nameEn: true } },
      organisation: { select: ORGANISATION_SELECT },
      roles: { orderBy: { id: 'asc' } },
    },
  });
  if (!row) return null;
  return { ...row, organisation: toOrganisationRef(row.organisation) };
}
