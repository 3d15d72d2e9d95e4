import 'server-only';
import type { CurrentUser } from '@/lib/auth/session';
import { diffRecords } from '@/lib/core/changes';
import { writeAudit } from '@/lib/core/audit';
import { checkVersion, saveVersioned } from '@/lib/core/versioned';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { organisationFor } from '@/lib/organisations/mutations';
import type { AddNetworkRoleInput, CreateNetworkMembershipInput, UpdateNetworkInput, UpdateNetworkMembershipInput } from './schemas';

const NETWORK_AUDITED = ['nameKo', 'nameEn', 'shortKo', 'shortEn', 'foundedOn', 'descriptionKo', 'descriptionEn', 'url', 'source'] as const;
const MEMBERSHIP_AUDITED = ['status', 'appliedOn', 'joinedOn', 'leftOn', 'source', 'quote', 'note'] as const;

/** The city pages a network's members have: they show its name. */
async function memberCities(tx: Prisma.TransactionClient, networkId: number): Promise<string[]> {
  const rows = await tx.networkMembership.findMany({
    where: { networkId, organisation: { localGovernmentId: { not: null } } },
    select: { organisation: { select: { localGovernment: { select: { slug: true } } } } },
  });
  return rows.map((row) => row.organisation.localGovernment!.slug);
}

/** "GNLC: 경기 오산시", how the audit trail names a membership. */
async function membershipLabel(tx: Prisma.TransactionClient, id: number) {
  const row = await tx.networkMembership.findUniqueOrThrow({
    where: { id },
    select: {
      network: { select: { shortKo: true } },
      organisation: {
        select: {
          nameKo: true,
          localGovernment: { select: { slug: true, nameKo: true, region: { select: { shortKo: true } } } },
          region: { select: { nameKo: true } },
          office: { select: { nameKo: true } },
        },
      },
    },
  });
  const organisation = row.organisation;
  const name = organisation.localGovernment
    ? `${organisation.localGovernment.region.shortKo} ${organisation.localGovernment.nameKo}`
    : (organisation.region?.nameKo ?? organisation.office?.nameKo ?? organisation.nameKo ?? '');
  return { label: `${row.network.shortKo}: ${name}`, citySlug: organisation.localGovernment?.slug ?? null };
}

export async function updateNetwork(actor: CurrentUser, input: UpdateNetworkInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion('Network', input.id, input.version, await tx.network.findUnique({ where: { id: input.id } }));
    const { id, version, ...data } = input;
    return saveVersioned(tx, {
      actor,
      action: 'update',
      entityType: 'Network',
      id,
      version,
      write: (guard) => tx.network.updateMany({ where: guard, data: { ...data, version: { increment: 1 } } }),
      afterWrite: async () => ({ after: await tx.network.findUniqueOrThrow({ where: { id } }), cities: await memberCities(tx, id) }),
      audit: ({ after }) => ({ label: after.shortKo, changes: diffRecords(before, after, NETWORK_AUDITED) }),
    });
  });
}

export async function createNetworkMembership(actor: CurrentUser, input: CreateNetworkMembershipInput) {
  return db.$transaction(async (tx) => {
    const { member, ...data } = input;
    const organisation = await organisationFor(tx, member, 'member');
    const created = await tx.networkMembership.create({ data: { ...data, organisationId: organisation.id } });
    const { label, citySlug } = await membershipLabel(tx, created.id);
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: 'NetworkMembership',
      entityId: created.id,
      entityVersion: created.version,
      entityLabel: label,
      changes: diffRecords(null, created, ['networkId', 'organisationId', ...MEMBERSHIP_AUDITED]),
    });
    return { id: created.id, citySlug };
  });
}

export async function updateNetworkMembership(actor: CurrentUser, input: UpdateNetworkMembershipInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(
      'NetworkMembership',
      input.id,
      input.version,
      await tx.networkMembership.findUnique({ where: { id: input.id } }),
    );
    const { id, version, ...data } = input;
    return saveVersioned(tx, {
      actor,
      action: 'update',
      entityType: 'NetworkMembership',
      id,
      version,
      write: (guard) => tx.networkMembership.updateMany({ where: guard, data: { ...data, version: { increment: 1 } } }),
      afterWrite: async () => ({
        after: await tx.networkMembership.findUniqueOrThrow({ where: { id } }),
        ...(await membershipLabel(tx, id)),
      }),
      audit: ({ after, label }) => ({ label, changes: diffRecords(before, after, MEMBERSHIP_AUDITED) }),
    });
  });
}

/** A role is part of its membership: adding one moves the membership to its next version. */
export async function addNetworkRole(actor: CurrentUser, input: AddNetworkRoleInput) {
  return db.$transaction(async (tx) => {
    checkVersion(
      'NetworkMembership',
      input.membershipId,
      input.version,
      await tx.networkMembership.findUnique({ where: { id: input.membershipId } }),
    );
    const { membershipId, version, ...role } = input;
    return saveVersioned(tx, {
      actor,
      action: 'add-role',
      entityType: 'NetworkMembership',
      id: membershipId,
      version,
      write: (guard) => tx.networkMembership.updateMany({ where: guard, data: { version: { increment: 1 } } }),
      afterWrite: async () => {
        const created = await tx.networkRole.create({ data: { membershipId, ...role } });
        return { created, ...(await membershipLabel(tx, membershipId)) };
      },
      audit: ({ created, label }) => ({
        label,
        changes: diffRecords(null, created, ['titleKo', 'titleEn', 'startedOn', 'endedOn', 'source', 'quote']),
      }),
    });
  });
}
