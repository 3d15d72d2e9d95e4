// Writes to local governments: each one transaction, with its audit entry (house style §7).
import 'server-only';
import { RuleError } from '@/lib/core/errors';
import type { CurrentUser } from '@/lib/auth/session';
import { diffRecords } from '@/lib/core/changes';
import { writeAudit } from '@/lib/core/audit';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { todayInKorea } from '@/lib/core/dates';
import { checkVersion, saveVersioned } from '@/lib/core/versioned';
import { refreshSearchKeys } from '@/lib/place-names/search-refresh';
import { localGovernmentSlug } from '@/lib/place-names/slug';
import type {
  CreateLocalGovernmentInput,
  RenameLocalGovernmentInput,
  RetireLocalGovernmentInput,
  UpdateLocalGovernmentInput,
} from './schemas';

const ENTITY = 'LocalGovernment';
const AUDITED = ['code', 'kind', 'nameKo', 'nameEn', 'regionId', 'establishedOn', 'currentSince', 'abolishedOn'] as const;

async function currentRegion(tx: Prisma.TransactionClient, regionId: number) {
  const region = await tx.region.findUnique({ where: { id: regionId } });
  if (!region || (region.abolishedOn && region.abolishedOn <= todayInKorea())) throw new RuleError('unknownRegion', 'regionId');
  return region;
}

const label = (lg: { nameKo: string }, region: { shortKo: string }) => `${region.shortKo} ${lg.nameKo}`;

export async function createLocalGovernment(actor: CurrentUser, input: CreateLocalGovernmentInput) {
  return db.$transaction(async (tx) => {
    const region = await currentRegion(tx, input.regionId);
    const slug = localGovernmentSlug({ regionSlug: region.slug, nameEn: input.nameEn, isWholeRegion: input.kind === 'special_city' });
    if (await tx.localGovernment.findUnique({ where: { slug }, select: { id: true } })) throw new RuleError('slugTaken', 'nameEn');
    const created = await tx.localGovernment.create({
      data: { ...input, slug, searchInitials: '', searchJamo: '', searchLatin: '' },
    });
    await refreshSearchKeys(tx, [created.id]);
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: ENTITY,
      entityId: created.id,
      entityVersion: created.version,
      entityLabel: label(created, region),
      changes: diffRecords(null, created, AUDITED),
    });
    return { id: created.id, slug, regionSlug: region.slug };
  });
}

/** A correction (a typo, a wrong code): no new period of history, but an audit entry. */
export async function updateLocalGovernment(actor: CurrentUser, input: UpdateLocalGovernmentInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(ENTITY, input.id, input.version, await tx.localGovernment.findUnique({ where: { id: input.id } }));
    const region = await currentRegion(tx, input.regionId);
    const { id, version, ...data } = input;
    await saveVersioned(tx, {
      actor,
      action: 'update',
      entityType: ENTITY,
      id,
      version,
      write: (guard) => tx.localGovernment.updateMany({ where: guard, data: { ...data, version: { increment: 1 } } }),
      afterWrite: async () => {
        await refreshSearchKeys(tx, [id]);
        return tx.localGovernment.findUniqueOrThrow({ where: { id } });
      },
      audit: (after) => ({ label: label(after, region), changes: diffRecords(before, after, AUDITED) }),
    });
    return { slug: before.slug, regionSlug: region.slug };
  });
}

/**
 * A change from a date on (rename, new code, move to another region): the state until then
 * becomes a period of the history, so the old name stays findable and shown (issue 3).
 */
export async function renameLocalGovernment(actor: CurrentUser, input: RenameLocalGovernmentInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(ENTITY, input.id, input.version, await tx.localGovernment.findUnique({ where: { id: input.id } }));
    if (input.effectiveOn > todayInKorea()) throw new RuleError('dateInFuture', 'effectiveOn');
    const lastPeriod = await tx.localGovernmentPeriod.findFirst({
      where: { localGovernmentId: input.id },
      orderBy: { validUntil: 'desc' },
    });
    const startedOn = before.currentSince ?? lastPeriod?.validUntil ?? null;
    if ((startedOn && input.effectiveOn <= startedOn) || (before.establishedOn && input.effectiveOn <= before.establishedOn)) {
      throw new RuleError('dateBeforeCurrentState', 'effectiveOn');
    }
    const region = await currentRegion(tx, input.regionId);
    const isChange = (['nameKo', 'nameEn', 'code', 'kind', 'regionId'] as const).some((field) => input[field] !== before[field]);
    if (!isChange) throw new RuleError('nothingChanged');
    await tx.localGovernmentPeriod.create({
      data: {
        localGovernmentId: before.id,
        validFrom: startedOn,
        validUntil: input.effectiveOn,
        code: before.code,
        kind: before.kind,
        nameKo: before.nameKo,
        nameEn: before.nameEn,
        regionId: before.regionId,
        note: input.note,
      },
    });
    const { id, version, effectiveOn, note: _note, ...data } = input;
    await saveVersioned(tx, {
      actor,
      action: 'rename',
      entityType: ENTITY,
      id,
      version,
      write: (guard) =>
        tx.localGovernment.updateMany({ where: guard, data: { ...data, currentSince: effectiveOn, version: { increment: 1 } } }),
      afterWrite: async () => {
        await refreshSearchKeys(tx, [id]);
        return tx.localGovernment.findUniqueOrThrow({ where: { id } });
      },
      audit: (after) => ({ label: label(after, region), changes: diffRecords(before, after, AUDITED) }),
    });
    return { slug: before.slug, regionSlug: region.slug };
  });
}

/**
 * Abolition from a date: the record and its history stay; the offices' coverage and the
 * head's membership end that day. Its designations are left for staff to decide on.
 */
export async function retireLocalGovernment(actor: CurrentUser, input: RetireLocalGovernmentInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(
      ENTITY,
      input.id,
      input.version,
      await tx.localGovernment.findUnique({ where: { id: input.id }, include: { region: true } }),
    );
    if (before.abolishedOn) throw new RuleError('alreadyRetired');
    const { id, version, abolishedOn } = input;
    await saveVersioned(tx, {
      actor,
      action: 'retire',
      entityType: ENTITY,
      id,
      version,
      write: (guard) => tx.localGovernment.updateMany({ where: guard, data: { abolishedOn, version: { increment: 1 } } }),
      afterWrite: async () => {
        const jurisdictions = await tx.officeJurisdiction.findMany({ where: { localGovernmentId: id, validUntil: null } });
        for (const jurisdiction of jurisdictions) {
          await tx.officeJurisdiction.update({ where: { id: jurisdiction.id }, data: { validUntil: abolishedOn } });
          await writeAudit(tx, {
            actor,
            action: 'end-coverage',
            entityType: 'OfficeJurisdiction',
            entityId: jurisdiction.id,
            entityLabel: label(before, before.region),
            changes: { validUntil: { before: null, after: abolishedOn.toISOString().slice(0, 10) } },
          });
        }
        const memberships = await tx.membership.findMany({ where: { localGovernmentId: id, leftOn: null } });
        for (const membership of memberships) {
          const ended = await tx.membership.update({
            where: { id: membership.id },
            data: { leftOn: abolishedOn, version: { increment: 1 } },
          });
          await writeAudit(tx, {
            actor,
            action: 'retire',
            entityType: 'Membership',
            entityId: membership.id,
            entityVersion: ended.version,
            entityLabel: label(before, before.region),
            changes: diffRecords(membership, ended, ['leftOn']),
          });
        }
        return tx.localGovernment.findUniqueOrThrow({ where: { id } });
      },
      audit: (after) => ({ label: label(before, before.region), changes: diffRecords(before, after, AUDITED) }),
    });
    return { slug: before.slug };
  });
}
