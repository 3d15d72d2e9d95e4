import 'server-only';
import type { CurrentUser } from '@/lib/auth/session';
import { diffRecords } from '@/lib/core/changes';
import { writeAudit } from '@/lib/core/audit';
import { RuleError } from '@/lib/core/errors';
import { checkVersion, saveVersioned } from '@/lib/core/versioned';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { organisationFor } from '@/lib/organisations/mutations';
import type { CreateOfficerInput, UpdateOfficerInput } from './schemas';

const ENTITY = 'AssociationOfficer';
const AUDITED = [
  'role',
  'termOrdinal',
  'personKo',
  'personEn',
  'organisationId',
  'representsKo',
  'representsEn',
  'startedOn',
  'endedOn',
  'source',
  'quote',
  'note',
] as const;

/** "제12대 회장: 서울 은평구" or the office's name, how the audit trail names a term. */
async function officerLabel(tx: Prisma.TransactionClient, organisationId: number, role: string) {
  const organisation = await tx.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: {
      kind: true,
      nameKo: true,
      localGovernment: { select: { slug: true, nameKo: true, region: { select: { shortKo: true } } } },
      office: { select: { nameKo: true } },
      region: { select: { nameKo: true } },
    },
  });
  // Officers are heads of member local governments or district superintendents.
  if (organisation.kind !== 'local_government' && organisation.kind !== 'office_of_education')
    throw new RuleError('officerNotMember', 'member');
  const name = organisation.localGovernment
    ? `${organisation.localGovernment.region.shortKo} ${organisation.localGovernment.nameKo}`
    : (organisation.office?.nameKo ?? '');
  return { label: `${role}: ${name}`, citySlug: organisation.localGovernment?.slug ?? null };
}

export async function createOfficer(actor: CurrentUser, input: CreateOfficerInput) {
  return db.$transaction(async (tx) => {
    const { member, ...data } = input;
    const organisation = await organisationFor(tx, member, 'member');
    const { label, citySlug } = await officerLabel(tx, organisation.id, data.role);
    const created = await tx.associationOfficer.create({ data: { ...data, organisationId: organisation.id } });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: ENTITY,
      entityId: created.id,
      entityVersion: created.version,
      entityLabel: label,
      changes: diffRecords(null, created, AUDITED),
    });
    return { id: created.id, citySlug };
  });
}

export async function updateOfficer(actor: CurrentUser, input: UpdateOfficerInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(ENTITY, input.id, input.version, await tx.associationOfficer.findUnique({ where: { id: input.id } }));
    const { id, version, ...data } = input;
    const { label, citySlug } = await officerLabel(tx, before.organisationId, data.role);
    return saveVersioned(tx, {
      actor,
      action: 'update',
      entityType: ENTITY,
      id,
      version,
      write: (guard) => tx.associationOfficer.updateMany({ where: guard, data: { ...data, version: { increment: 1 } } }),
      afterWrite: async () => ({ after: await tx.associationOfficer.findUniqueOrThrow({ where: { id } }), citySlug }),
      audit: ({ after }) => ({ label, changes: diffRecords(before, after, AUDITED) }),
    });
  });
}
