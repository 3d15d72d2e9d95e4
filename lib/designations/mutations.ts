import 'server-only';
import { RuleError } from '@/lib/actions/errors';
import type { CurrentUser } from '@/lib/auth/session';
import { diffRecords } from '@/lib/audit/changes';
import { writeAudit } from '@/lib/audit/record';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { todayInKorea } from '@/lib/registry/today';
import { checkGuardedUpdate, checkVersion } from '@/lib/registry/versioned';
import type { CreateDesignationInput, RetireDesignationInput, UpdateDesignationInput } from './schemas';

const ENTITY = 'Designation';
const AUDITED = ['localGovernmentId', 'firstYear', 'designatedByYear', 'announcementId', 'status', 'endedOn', 'source', 'note'] as const;

async function localGovernmentFor(tx: Prisma.TransactionClient, id: number) {
  const lg = await tx.localGovernment.findUnique({ where: { id }, include: { region: { select: { shortKo: true } } } });
  if (!lg) throw new RuleError('unknownReference', 'localGovernmentId');
  return lg;
}

async function checkAnnouncement(tx: Prisma.TransactionClient, id: number | undefined) {
  if (id !== undefined && !(await tx.announcement.findUnique({ where: { id }, select: { id: true } }))) {
    throw new RuleError('unknownReference', 'announcementId');
  }
}

const label = (lg: { nameKo: string; region: { shortKo: string } }) => `${lg.region.shortKo} ${lg.nameKo}`;

/** A newly designated learning city. The database refuses a second active designation. */
export async function createDesignation(actor: CurrentUser, input: CreateDesignationInput) {
  return db.$transaction(async (tx) => {
    const lg = await localGovernmentFor(tx, input.localGovernmentId);
    if (lg.abolishedOn && lg.abolishedOn <= todayInKorea()) throw new RuleError('localGovernmentAbolished', 'localGovernmentId');
    await checkAnnouncement(tx, input.announcementId);
    const created = await tx.designation.create({
      data: { ...input, announcementId: input.announcementId ?? null, designatedByYear: input.firstYear },
    });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: ENTITY,
      entityId: created.id,
      entityVersion: created.version,
      entityLabel: label(lg),
      changes: diffRecords(null, created, AUDITED),
    });
    return { id: created.id, slug: lg.slug };
  });
}

export async function updateDesignation(actor: CurrentUser, input: UpdateDesignationInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(ENTITY, input.id, input.version, await tx.designation.findUnique({ where: { id: input.id } }));
    await checkAnnouncement(tx, input.announcementId);
    const { id, version, ...data } = input;
    checkGuardedUpdate(
      ENTITY,
      id,
      version,
      await tx.designation.updateMany({
        where: { id, version },
        data: {
          ...data,
          announcementId: data.announcementId ?? null,
          firstYear: data.firstYear ?? null,
          designatedByYear: data.firstYear ?? before.designatedByYear,
          version: { increment: 1 },
        },
      }),
    );
    const after = await tx.designation.findUniqueOrThrow({ where: { id } });
    const lg = await localGovernmentFor(tx, after.localGovernmentId);
    await writeAudit(tx, { actor, action: 'update', entityType: ENTITY, entityId: id, entityVersion: after.version, entityLabel: label(lg), changes: diffRecords(before, after, AUDITED) });
    return { slug: lg.slug };
  });
}

/** The end of a designation: cancelled by the ministry or withdrawn by the city, from a date. */
export async function retireDesignation(actor: CurrentUser, input: RetireDesignationInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(ENTITY, input.id, input.version, await tx.designation.findUnique({ where: { id: input.id } }));
    if (before.status !== 'active') throw new RuleError('alreadyRetired');
    if (input.endedOn.getUTCFullYear() < before.designatedByYear) throw new RuleError('endBeforeDesignation', 'endedOn');
    const { id, version, ...data } = input;
    checkGuardedUpdate(ENTITY, id, version, await tx.designation.updateMany({ where: { id, version }, data: { ...data, note: data.note ?? before.note, version: { increment: 1 } } }));
    const after = await tx.designation.findUniqueOrThrow({ where: { id } });
    const lg = await localGovernmentFor(tx, after.localGovernmentId);
    await writeAudit(tx, { actor, action: 'retire', entityType: ENTITY, entityId: id, entityVersion: after.version, entityLabel: label(lg), changes: diffRecords(before, after, AUDITED) });
    return { slug: lg.slug };
  });
}
