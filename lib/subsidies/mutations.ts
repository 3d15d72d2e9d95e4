// Writes to the subsidy figures: each in one transaction with its audit row (house style §7),
// guarded by the version the form started from (optimistic concurrency). Each returns the slugs
// of the cities whose public pages show the change.
import 'server-only';
import { RuleError } from '@/lib/core/errors';
import type { CurrentUser } from '@/lib/auth/session';
import { diffRecords } from '@/lib/core/changes';
import { writeAudit } from '@/lib/core/audit';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { checkVersion, saveVersioned } from '@/lib/core/versioned';
import type {
  ChangeAllocationStatusInput,
  CreateAllocationInput,
  CreateProgrammeInput,
  DeleteAllocationInput,
  DeleteProgrammeInput,
  UpdateAllocationInput,
  UpdateProgrammeInput,
} from './schemas';

type Tx = Prisma.TransactionClient;
/** The record written, and the cities whose public page shows it (their cache tags). */
export type Affected = { id: number; citySlugs: string[]; programmeId?: number };

const PROGRAMME = 'Programme';
const ALLOCATION = 'Allocation';
const PROGRAMME_AUDITED = [
  'code',
  'year',
  'nameKo',
  'nameEn',
  'purposeKo',
  'purposeEn',
  'eligibilityKo',
  'eligibilityEn',
  'recipientKind',
  'amountPerRecipient',
  'isAmountApproximate',
  'announcementId',
] as const;
const ALLOCATION_AUDITED = [
  'programmeId',
  'recipientKind',
  'localGovernmentId',
  'regionId',
  'amount',
  'isAmountApproximate',
  'status',
  'announcementId',
  'note',
] as const;

async function checkAnnouncement(tx: Tx, id: number | undefined) {
  if (id !== undefined && !(await tx.announcement.findUnique({ where: { id }, select: { id: true } }))) {
    throw new RuleError('unknownReference', 'announcementId');
  }
}

const programmeLabel = (p: { year: number; nameKo: string }) => `${p.year} ${p.nameKo}`;

/** A programme's changes, its code named `programmeCode` (the field "code" names a local government's). */
function programmeChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const { code, ...changes } = diffRecords(before, after, PROGRAMME_AUDITED);
  return code ? { programmeCode: code, ...changes } : changes;
}

/** Cities whose public page lists a programme's allocations (its names show there). */
async function citiesOfProgramme(tx: Tx, programmeId: number): Promise<string[]> {
  const rows = await tx.allocation.findMany({
    where: { programmeId, localGovernmentId: { not: null } },
    select: { localGovernment: { select: { slug: true } } },
  });
  return rows.flatMap((row) => (row.localGovernment ? [row.localGovernment.slug] : []));
}

export async function createProgramme(actor: CurrentUser, input: CreateProgrammeInput): Promise<Affected> {
  return db.$transaction(async (tx) => {
    await checkAnnouncement(tx, input.announcementId);
    const created = await tx.programme.create({
      data: { ...input, amountPerRecipient: input.amountPerRecipient ?? null, announcementId: input.announcementId ?? null },
    });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: PROGRAMME,
      entityId: created.id,
      entityVersion: created.version,
      entityLabel: programmeLabel(created),
      changes: programmeChanges(null, created),
    });
    return { id: created.id, citySlugs: [] };
  });
}

/** A correction of a programme. The database keeps its recipient kind while it has allocations. */
export async function updateProgramme(actor: CurrentUser, input: UpdateProgrammeInput): Promise<Affected> {
  return db.$transaction(async (tx) => {
    const before = checkVersion(PROGRAMME, input.id, input.version, await tx.programme.findUnique({ where: { id: input.id } }));
    await checkAnnouncement(tx, input.announcementId);
    const { id, version, ...data } = input;
    await saveVersioned(tx, {
      actor,
      action: 'update',
      entityType: PROGRAMME,
      id,
      version,
      write: (guard) =>
        tx.programme.updateMany({
          where: guard,
          data: {
            ...data,
            amountPerRecipient: data.amountPerRecipient ?? null,
            announcementId: data.announcementId ?? null,
            version: { increment: 1 },
          },
        }),
      afterWrite: () => tx.programme.findUniqueOrThrow({ where: { id } }),
      audit: (after) => ({ label: programmeLabel(after), changes: programmeChanges(before, after) }),
    });
    return { id, citySlugs: await citiesOfProgramme(tx, id) };
  });
}

/** Only a programme without allocations goes: one with money allocated is history. */
export async function deleteProgramme(actor: CurrentUser, input: DeleteProgrammeInput): Promise<Affected> {
  return db.$transaction(async (tx) => {
    const before = checkVersion(PROGRAMME, input.id, input.version, await tx.programme.findUnique({ where: { id: input.id } }));
    if ((await tx.allocation.count({ where: { programmeId: input.id } })) > 0) throw new RuleError('programmeHasAllocations');
    await saveVersioned(tx, {
      actor,
      action: 'delete',
      entityType: PROGRAMME,
      id: input.id,
      version: input.version,
      write: (guard) => tx.programme.deleteMany({ where: guard }),
      audit: () => ({ label: programmeLabel(before), changes: programmeChanges(before, null) }),
    });
    return { id: input.id, citySlugs: [] };
  });
}

type Recipient = {
  recipientKind: 'local_government' | 'region';
  localGovernmentId: number | null;
  regionId: number | null;
  slug: string | null;
  label: string;
};

/** The recipient the form names, of the kind the programme funds. */
async function recipientFor(
  tx: Tx,
  kind: 'local_government' | 'region',
  input: { localGovernmentId?: number; regionId?: number },
): Promise<Recipient> {
  if (kind === 'local_government') {
    if (input.localGovernmentId === undefined) throw new RuleError('chooseLocalGovernment', 'localGovernmentId');
    const lg = await tx.localGovernment.findUnique({
      where: { id: input.localGovernmentId },
      select: { id: true, slug: true, nameKo: true, region: { select: { shortKo: true } } },
    });
    if (!lg) throw new RuleError('unknownReference', 'localGovernmentId');
    return { recipientKind: kind, localGovernmentId: lg.id, regionId: null, slug: lg.slug, label: `${lg.region.shortKo} ${lg.nameKo}` };
  }
  if (input.regionId === undefined) throw new RuleError('chooseRegion', 'regionId');
  const region = await tx.region.findUnique({ where: { id: input.regionId }, select: { id: true, shortKo: true } });
  if (!region) throw new RuleError('unknownReference', 'regionId');
  return { recipientKind: kind, localGovernmentId: null, regionId: region.id, slug: null, label: region.shortKo };
}

const allocationLabel = (programme: { year: number; nameKo: string }, recipient: { label: string }) =>
  `${programmeLabel(programme)} → ${recipient.label}`;

async function slugOf(tx: Tx, localGovernmentId: number | null): Promise<string[]> {
  if (localGovernmentId === null) return [];
  const lg = await tx.localGovernment.findUnique({ where: { id: localGovernmentId }, select: { slug: true } });
  return lg ? [lg.slug] : [];
}

export async function createAllocation(actor: CurrentUser, input: CreateAllocationInput): Promise<Affected> {
  return db.$transaction(async (tx) => {
    const programme = await tx.programme.findUnique({ where: { id: input.programmeId } });
    if (!programme) throw new RuleError('unknownReference', 'programmeId');
    const recipient = await recipientFor(tx, programme.recipientKind, input);
    await checkAnnouncement(tx, input.announcementId);
    const created = await tx.allocation.create({
      data: {
        programmeId: programme.id,
        recipientKind: recipient.recipientKind,
        localGovernmentId: recipient.localGovernmentId,
        regionId: recipient.regionId,
        amount: input.amount,
        isAmountApproximate: input.isAmountApproximate,
        status: input.status,
        announcementId: input.announcementId ?? null,
        note: input.note,
      },
    });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: ALLOCATION,
      entityId: created.id,
      entityVersion: created.version,
      entityLabel: allocationLabel(programme, recipient),
      changes: diffRecords(null, created, ALLOCATION_AUDITED),
    });
    return { id: created.id, citySlugs: recipient.slug ? [recipient.slug] : [] };
  });
}

/** A correction: amount, recipient, announcement, note. The programme stays. */
export async function updateAllocation(actor: CurrentUser, input: UpdateAllocationInput): Promise<Affected> {
  return db.$transaction(async (tx) => {
    const before = checkVersion(
      ALLOCATION,
      input.id,
      input.version,
      await tx.allocation.findUnique({ where: { id: input.id }, include: { programme: true } }),
    );
    const recipient = await recipientFor(tx, before.programme.recipientKind, input);
    await checkAnnouncement(tx, input.announcementId);
    await saveVersioned(tx, {
      actor,
      action: 'update',
      entityType: ALLOCATION,
      id: input.id,
      version: input.version,
      write: (guard) =>
        tx.allocation.updateMany({
          where: guard,
          data: {
            localGovernmentId: recipient.localGovernmentId,
            regionId: recipient.regionId,
            amount: input.amount,
            isAmountApproximate: input.isAmountApproximate,
            announcementId: input.announcementId ?? null,
            note: input.note,
            version: { increment: 1 },
          },
        }),
      afterWrite: () => tx.allocation.findUniqueOrThrow({ where: { id: input.id } }),
      audit: (after) => ({ label: allocationLabel(before.programme, recipient), changes: diffRecords(before, after, ALLOCATION_AUDITED) }),
    });
    return {
      id: input.id,
      citySlugs: [...new Set([...(await slugOf(tx, before.localGovernmentId)), ...(recipient.slug ? [recipient.slug] : [])])],
    };
  });
}

/** Draft → announced (public from then on) → disbursed → returned, or back to correct a record. */
export async function changeAllocationStatus(actor: CurrentUser, input: ChangeAllocationStatusInput): Promise<Affected> {
  return db.$transaction(async (tx) => {
    const before = checkVersion(
      ALLOCATION,
      input.id,
      input.version,
      await tx.allocation.findUnique({ where: { id: input.id }, include: { programme: true } }),
    );
    if (before.status === input.status) throw new RuleError('statusUnchanged', 'status');
    const recipient = await recipientFor(tx, before.recipientKind, {
      localGovernmentId: before.localGovernmentId ?? undefined,
      regionId: before.regionId ?? undefined,
    });
    await saveVersioned(tx, {
      actor,
      action: 'change-status',
      entityType: ALLOCATION,
      id: input.id,
      version: input.version,
      write: (guard) =>
        tx.allocation.updateMany({
          where: guard,
          data: { status: input.status, note: input.note ?? before.note, version: { increment: 1 } },
        }),
      afterWrite: () => tx.allocation.findUniqueOrThrow({ where: { id: input.id } }),
      audit: (after) => ({ label: allocationLabel(before.programme, recipient), changes: diffRecords(before, after, ALLOCATION_AUDITED) }),
    });
    return { id: input.id, citySlugs: recipient.slug ? [recipient.slug] : [] };
  });
}

/** Only a draft is deleted: once announced, an allocation is public record (change its status). */
export async function deleteAllocation(actor: CurrentUser, input: DeleteAllocationInput): Promise<Affected> {
  return db.$transaction(async (tx) => {
    const before = checkVersion(
      ALLOCATION,
      input.id,
      input.version,
      await tx.allocation.findUnique({ where: { id: input.id }, include: { programme: true } }),
    );
    if (before.status !== 'draft') throw new RuleError('onlyDraftsDeleted');
    const recipient = await recipientFor(tx, before.recipientKind, {
      localGovernmentId: before.localGovernmentId ?? undefined,
      regionId: before.regionId ?? undefined,
    });
    await saveVersioned(tx, {
      actor,
      action: 'delete',
      entityType: ALLOCATION,
      id: input.id,
      version: input.version,
      write: (guard) => tx.allocation.deleteMany({ where: guard }),
      audit: () => ({ label: allocationLabel(before.programme, recipient), changes: diffRecords(before, null, ALLOCATION_AUDITED) }),
    });
    return { id: input.id, programmeId: before.programmeId, citySlugs: recipient.slug ? [recipient.slug] : [] };
  });
}
