import 'server-only';
import { RuleError } from '@/lib/core/errors';
import type { CurrentUser } from '@/lib/auth/session';
import { diffRecords } from '@/lib/core/changes';
import { writeAudit } from '@/lib/core/audit';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { designationActiveOn } from '@/lib/designations/in-force';
import { todayInKorea } from '@/lib/core/dates';
import { checkVersion, saveVersioned } from '@/lib/core/versioned';
import type { CreateMembershipInput, RetireMembershipInput, UpdateMembershipInput } from './schemas';

const ENTITY = 'Membership';
const AUDITED = ['kind', 'localGovernmentId', 'officeId', 'joinedOn', 'leftOn', 'source', 'note'] as const;

/** "서울 관악구" or the office's name: how the audit trail names a membership. */
async function memberLabel(tx: Prisma.TransactionClient, membership: { localGovernmentId: number | null; officeId: number | null }) {
  if (membership.localGovernmentId) {
    const lg = await tx.localGovernment.findUnique({ where: { id: membership.localGovernmentId }, include: { region: true } });
    if (!lg) throw new RuleError('unknownReference', 'localGovernmentId');
    return {
      label: `${lg.region.shortKo} ${lg.nameKo}`,
      slug: lg.slug,
      isDesignated: (await tx.designation.count({ where: { localGovernmentId: lg.id, ...designationActiveOn(todayInKorea()) } })) > 0,
    };
  }
  const office = await tx.officeOfEducation.findUnique({ where: { id: membership.officeId ?? -1 } });
  if (!office) throw new RuleError('unknownReference', 'officeId');
  return { label: office.nameKo, slug: null, isDesignated: office.level === 'district' };
}

/** The membership as written, with its member (for the audit's label and the page to refresh). */
async function readBack(tx: Prisma.TransactionClient, id: number) {
  const after = await tx.membership.findUniqueOrThrow({ where: { id } });
  return { after, member: await memberLabel(tx, after) };
}

export async function createMembership(actor: CurrentUser, input: CreateMembershipInput) {
  return db.$transaction(async (tx) => {
    const member = await memberLabel(tx, { localGovernmentId: input.localGovernmentId ?? null, officeId: input.officeId ?? null });
    // Members are heads of designated cities and superintendents of district offices (KALLC).
    if (!member.isDesignated)
      throw new RuleError(
        input.kind === 'mayor' ? 'notDesignatedCity' : 'notDistrictOffice',
        input.kind === 'mayor' ? 'localGovernmentId' : 'officeId',
      );
    const created = await tx.membership.create({
      data: { ...input, localGovernmentId: input.localGovernmentId ?? null, officeId: input.officeId ?? null },
    });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: ENTITY,
      entityId: created.id,
      entityVersion: created.version,
      entityLabel: member.label,
      changes: diffRecords(null, created, AUDITED),
    });
    return { id: created.id, slug: member.slug };
  });
}

export async function updateMembership(actor: CurrentUser, input: UpdateMembershipInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(ENTITY, input.id, input.version, await tx.membership.findUnique({ where: { id: input.id } }));
    const { id, version, ...data } = input;
    const { member } = await saveVersioned(tx, {
      actor,
      action: 'update',
      entityType: ENTITY,
      id,
      version,
      write: (guard) =>
        tx.membership.updateMany({
          where: guard,
          data: { ...data, joinedOn: data.joinedOn ?? null, leftOn: data.leftOn ?? null, version: { increment: 1 } },
        }),
      afterWrite: () => readBack(tx, id),
      audit: ({ after, member }) => ({ label: member.label, changes: diffRecords(before, after, AUDITED) }),
    });
    return { slug: member.slug };
  });
}

export async function retireMembership(actor: CurrentUser, input: RetireMembershipInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(ENTITY, input.id, input.version, await tx.membership.findUnique({ where: { id: input.id } }));
    if (before.leftOn) throw new RuleError('alreadyRetired');
    const { member } = await saveVersioned(tx, {
      actor,
      action: 'retire',
      entityType: ENTITY,
      id: input.id,
      version: input.version,
      write: (guard) => tx.membership.updateMany({ where: guard, data: { leftOn: input.leftOn, version: { increment: 1 } } }),
      afterWrite: () => readBack(tx, input.id),
      audit: ({ after, member }) => ({ label: member.label, changes: diffRecords(before, after, AUDITED) }),
    });
    return { slug: member.slug };
  });
}
