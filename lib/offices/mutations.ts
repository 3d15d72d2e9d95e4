import 'server-only';
import { RuleError } from '@/lib/core/errors';
import type { CurrentUser } from '@/lib/auth/session';
import { diffRecords } from '@/lib/core/changes';
import { writeAudit } from '@/lib/core/audit';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { isoDate } from '@/lib/core/dates';
import { checkVersion, saveVersioned, type VersionGuard } from '@/lib/core/versioned';
import type { AddJurisdictionInput, EndJurisdictionInput, RetireOfficeInput, UpdateOfficeInput } from './schemas';

const ENTITY = 'OfficeOfEducation';
const AUDITED = ['nameKo', 'nameEn', 'shortKo', 'abolishedOn', 'successorId'] as const;

/**
 * Changes to an office's coverage are changes to the office: its version moves, so two editors
 * of the same office's coverage cannot overwrite each other.
 */
const bumpOffice = (tx: Prisma.TransactionClient) => (guard: VersionGuard) =>
  tx.officeOfEducation.updateMany({ where: guard, data: { version: { increment: 1 } } });

/** Local governments whose pages show the office: those it covers, or covered by its district offices. */
async function citiesShowing(tx: Prisma.TransactionClient, officeId: number): Promise<string[]> {
  const rows = await tx.localGovernment.findMany({
    where: { jurisdictions: { some: { OR: [{ officeId }, { office: { parentId: officeId } }] } } },
    select: { slug: true },
  });
  return rows.map((row) => row.slug);
}

export async function updateOffice(actor: CurrentUser, input: UpdateOfficeInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(ENTITY, input.id, input.version, await tx.officeOfEducation.findUnique({ where: { id: input.id } }));
    const { id, version, ...data } = input;
    await saveVersioned(tx, {
      actor,
      action: 'update',
      entityType: ENTITY,
      id,
      version,
      write: (guard) => tx.officeOfEducation.updateMany({ where: guard, data: { ...data, version: { increment: 1 } } }),
      afterWrite: () => tx.officeOfEducation.findUniqueOrThrow({ where: { id } }),
      audit: (after) => ({ label: after.nameKo, changes: diffRecords(before, after, AUDITED) }),
    });
    return { slugs: await citiesShowing(tx, id) };
  });
}

export async function addJurisdiction(actor: CurrentUser, input: AddJurisdictionInput) {
  return db.$transaction(async (tx) => {
    const office = checkVersion(
      ENTITY,
      input.officeId,
      input.version,
      await tx.officeOfEducation.findUnique({ where: { id: input.officeId } }),
    );
    if (office.level !== 'district') throw new RuleError('notDistrictOffice');
    const lg = await tx.localGovernment.findUnique({ where: { id: input.localGovernmentId }, include: { region: true } });
    if (!lg) throw new RuleError('unknownReference', 'localGovernmentId');
    const open = await tx.officeJurisdiction.findMany({ where: { localGovernmentId: lg.id, validUntil: null }, include: { office: true } });
    if (open.some((j) => j.officeId === office.id)) throw new RuleError('alreadyCovered', 'localGovernmentId');
    if (open.some((previous) => previous.validFrom && previous.validFrom >= input.validFrom)) {
      throw new RuleError('dateBeforeCurrentState', 'validFrom');
    }
    const created = await saveVersioned(tx, {
      actor,
      action: 'add-coverage',
      entityType: ENTITY,
      id: office.id,
      version: input.version,
      write: bumpOffice(tx),
      afterWrite: async () => {
        // The office that covered it until now stops on the day this one starts.
        for (const previous of open) {
          await tx.officeJurisdiction.update({ where: { id: previous.id }, data: { validUntil: input.validFrom } });
          await writeAudit(tx, {
            actor,
            action: 'end-coverage',
            entityType: 'OfficeJurisdiction',
            entityId: previous.id,
            entityLabel: `${previous.office.nameKo} — ${lg.region.shortKo} ${lg.nameKo}`,
            changes: { validUntil: { before: null, after: isoDate(input.validFrom) } },
          });
        }
        return tx.officeJurisdiction.create({ data: { officeId: office.id, localGovernmentId: lg.id, validFrom: input.validFrom } });
      },
      audit: () => ({
        label: office.nameKo,
        changes: { coverage: { before: null, after: `${lg.region.shortKo} ${lg.nameKo} (${isoDate(input.validFrom)}~)` } },
      }),
    });
    return { jurisdictionId: created.id, slug: lg.slug };
  });
}

export async function endJurisdiction(actor: CurrentUser, input: EndJurisdictionInput) {
  return db.$transaction(async (tx) => {
    const office = checkVersion(
      ENTITY,
      input.officeId,
      input.version,
      await tx.officeOfEducation.findUnique({ where: { id: input.officeId } }),
    );
    const jurisdiction = await tx.officeJurisdiction.findUnique({
      where: { id: input.jurisdictionId },
      include: { localGovernment: { include: { region: true } } },
    });
    if (!jurisdiction || jurisdiction.officeId !== office.id) throw new RuleError('unknownReference', 'jurisdictionId');
    if (jurisdiction.validUntil) throw new RuleError('alreadyRetired');
    const lg = jurisdiction.localGovernment;
    await saveVersioned(tx, {
      actor,
      action: 'end-coverage',
      entityType: ENTITY,
      id: office.id,
      version: input.version,
      write: bumpOffice(tx),
      afterWrite: async () => {
        await tx.officeJurisdiction.update({ where: { id: jurisdiction.id }, data: { validUntil: input.validUntil } });
      },
      audit: () => ({
        label: office.nameKo,
        changes: { coverage: { before: `${lg.region.shortKo} ${lg.nameKo}`, after: `~${isoDate(input.validUntil)}` } },
      }),
    });
    return { slug: lg.slug };
  });
}

/** An office closed or merged from a date: its coverage ends then, and its successor is recorded. */
export async function retireOffice(actor: CurrentUser, input: RetireOfficeInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(ENTITY, input.id, input.version, await tx.officeOfEducation.findUnique({ where: { id: input.id } }));
    if (before.abolishedOn) throw new RuleError('alreadyRetired');
    if (input.successorId !== undefined) {
      if (input.successorId === input.id) throw new RuleError('notAnOption', 'successorId');
      const successor = await tx.officeOfEducation.findUnique({ where: { id: input.successorId } });
      if (!successor || successor.level !== before.level) throw new RuleError('unknownReference', 'successorId');
    }
    await saveVersioned(tx, {
      actor,
      action: 'retire',
      entityType: ENTITY,
      id: input.id,
      version: input.version,
      write: (guard) =>
        tx.officeOfEducation.updateMany({
          where: guard,
          data: { abolishedOn: input.abolishedOn, successorId: input.successorId ?? null, version: { increment: 1 } },
        }),
      afterWrite: async () => {
        await tx.officeJurisdiction.updateMany({
          where: { officeId: input.id, validUntil: null },
          data: { validUntil: input.abolishedOn },
        });
        return tx.officeOfEducation.findUniqueOrThrow({ where: { id: input.id } });
      },
      audit: (after) => ({ label: after.nameKo, changes: diffRecords(before, after, AUDITED) }),
    });
    return { slugs: await citiesShowing(tx, input.id) };
  });
}
