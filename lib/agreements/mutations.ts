import 'server-only';
import type { CurrentUser } from '@/lib/auth/session';
import { diffRecords } from '@/lib/core/changes';
import { writeAudit } from '@/lib/core/audit';
import { RecordNotFoundError, RuleError } from '@/lib/core/errors';
import { isoDate } from '@/lib/core/dates';
import { firstDayOf } from '@/lib/core/partial-date';
import { checkVersion, saveVersioned } from '@/lib/core/versioned';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { organisationFor } from '@/lib/organisations/mutations';
import type {
  AddAgreementPartyInput,
  CreateAgreementInput,
  RecordAgreementNoticeInput,
  RemoveAgreementPartyInput,
  UpdateAgreementInput,
} from './schemas';

const ENTITY = 'Agreement';
const AUDITED = [
  'slug',
  'titleKo',
  'titleEn',
  'signedOn',
  'placeKo',
  'placeEn',
  'purposeKo',
  'purposeEn',
  'topics',
  'initialTermMonths',
  'initialTermUntil',
  'renewalMonths',
  'maxRenewals',
  'noticeMonths',
  'isNoticeWritten',
  'termTextKo',
  'termTextEn',
  'source',
  'note',
] as const;

/** The city pages of its parties: they list the agreement. */
async function partyCities(tx: Prisma.TransactionClient, agreementId: number): Promise<string[]> {
  const parties = await tx.agreementParty.findMany({
    where: { agreementId, organisation: { localGovernmentId: { not: null } } },
    select: { organisation: { select: { localGovernment: { select: { slug: true } } } } },
  });
  return parties.map((party) => party.organisation.localGovernment!.slug);
}

async function readAgreement(tx: Prisma.TransactionClient, id: number) {
  return { after: await tx.agreement.findUniqueOrThrow({ where: { id } }), cities: await partyCities(tx, id) };
}

export async function createAgreement(actor: CurrentUser, input: CreateAgreementInput) {
  return db.$transaction(async (tx) => {
    const created = await tx.agreement.create({ data: input });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: ENTITY,
      entityId: created.id,
      entityVersion: created.version,
      entityLabel: created.titleKo,
      changes: diffRecords(null, created, AUDITED),
    });
    return { id: created.id, cities: [] as string[] };
  });
}

export async function updateAgreement(actor: CurrentUser, input: UpdateAgreementInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(ENTITY, input.id, input.version, await tx.agreement.findUnique({ where: { id: input.id } }));
    const { id, version, ...data } = input;
    const notices = await tx.agreementNotice.findMany({ where: { agreementId: id }, select: { givenOn: true } });
    if (notices.some((notice) => isoDate(notice.givenOn) < firstDayOf(data.signedOn)))
      throw new RuleError('noticeBeforeSigning', 'signedOn');
    return saveVersioned(tx, {
      actor,
      action: 'update',
      entityType: ENTITY,
      id,
      version,
      write: (guard) => tx.agreement.updateMany({ where: guard, data: { ...data, version: { increment: 1 } } }),
      afterWrite: () => readAgreement(tx, id),
      audit: ({ after }) => ({ label: after.titleKo, changes: diffRecords(before, after, AUDITED) }),
    });
  });
}

/** A party is part of its agreement: adding or removing one moves the agreement to its next version. */
export async function addAgreementParty(actor: CurrentUser, input: AddAgreementPartyInput) {
  return db.$transaction(async (tx) => {
    const agreement = checkVersion(
      ENTITY,
      input.agreementId,
      input.version,
      await tx.agreement.findUnique({ where: { id: input.agreementId } }),
    );
    const { agreementId, version, party, ...role } = input;
    const organisation = await organisationFor(tx, party);
    if (await tx.agreementParty.findUnique({ where: { agreementId_organisationId: { agreementId, organisationId: organisation.id } } })) {
      throw new RuleError('alreadyParty', 'party');
    }
    const position = (await tx.agreementParty.count({ where: { agreementId } })) + 1;
    return saveVersioned(tx, {
      actor,
      action: 'add-party',
      entityType: ENTITY,
      id: agreementId,
      version,
      write: (guard) => tx.agreement.updateMany({ where: guard, data: { version: { increment: 1 } } }),
      afterWrite: async () => {
        const created = await tx.agreementParty.create({ data: { agreementId, organisationId: organisation.id, position, ...role } });
        return { created, cities: await partyCities(tx, agreementId) };
      },
      audit: ({ created }) => ({
        label: agreement.titleKo,
        changes: diffRecords(null, created, ['organisationId', 'roleKo', 'roleEn', 'signatoryKo', 'signatoryEn']),
      }),
    });
  });
}

export async function removeAgreementParty(actor: CurrentUser, input: RemoveAgreementPartyInput) {
  return db.$transaction(async (tx) => {
    const agreement = checkVersion(
      ENTITY,
      input.agreementId,
      input.version,
      await tx.agreement.findUnique({ where: { id: input.agreementId } }),
    );
    const party = await tx.agreementParty.findFirst({
      where: { id: input.partyId, agreementId: input.agreementId },
      include: { organisation: { select: { localGovernment: { select: { slug: true } } } } },
    });
    if (!party) throw new RecordNotFoundError('AgreementParty', String(input.partyId));
    if (await tx.agreementNotice.count({ where: { agreementId: input.agreementId, byOrganisationId: party.organisationId } })) {
      throw new RuleError('partyGaveNotice');
    }
    const cities = await partyCities(tx, input.agreementId);
    return saveVersioned(tx, {
      actor,
      action: 'remove-party',
      entityType: ENTITY,
      id: input.agreementId,
      version: input.version,
      write: (guard) => tx.agreement.updateMany({ where: guard, data: { version: { increment: 1 } } }),
      afterWrite: async () => {
        await tx.agreementParty.delete({ where: { id: party.id } });
        return { cities };
      },
      audit: () => ({ label: agreement.titleKo, changes: diffRecords(party, null, ['organisationId', 'roleKo', 'roleEn']) }),
    });
  });
}

/** A notice or a termination: the standing and the end follow from it (lib/agreements/standing.ts). */
export async function recordAgreementNotice(actor: CurrentUser, input: RecordAgreementNoticeInput) {
  return db.$transaction(async (tx) => {
    const agreement = checkVersion(
      ENTITY,
      input.agreementId,
      input.version,
      await tx.agreement.findUnique({ where: { id: input.agreementId } }),
    );
    if (isoDate(input.givenOn) < firstDayOf(agreement.signedOn)) throw new RuleError('noticeBeforeSigning', 'givenOn');
    let byOrganisationId: number | null = null;
    if (input.byPartyId !== undefined) {
      const party = await tx.agreementParty.findFirst({
        where: { id: input.byPartyId, agreementId: agreement.id },
        select: { organisationId: true },
      });
      if (!party) throw new RuleError('notAParty', 'byPartyId');
      byOrganisationId = party.organisationId;
    }
    return saveVersioned(tx, {
      actor,
      action: input.kind === 'termination' ? 'record-termination' : 'record-notice',
      entityType: ENTITY,
      id: agreement.id,
      version: input.version,
      write: (guard) => tx.agreement.updateMany({ where: guard, data: { version: { increment: 1 } } }),
      afterWrite: async () => {
        const created = await tx.agreementNotice.create({
          data: {
            agreementId: agreement.id,
            kind: input.kind,
            givenOn: input.givenOn,
            lastDayInForce: input.lastDayInForce ?? null,
            byOrganisationId,
            source: input.source,
            note: input.note,
          },
        });
        return { created, cities: await partyCities(tx, agreement.id) };
      },
      audit: ({ created }) => ({
        label: agreement.titleKo,
        changes: diffRecords(null, created, ['kind', 'givenOn', 'lastDayInForce', 'byOrganisationId', 'source', 'note']),
      }),
    });
  });
}
