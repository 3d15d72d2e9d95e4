import 'server-only';
import type { CurrentUser } from '@/lib/auth/session';
import { diffRecords } from '@/lib/core/changes';
import { writeAudit } from '@/lib/core/audit';
import { RuleError } from '@/lib/core/errors';
import { checkVersion, saveVersioned } from '@/lib/core/versioned';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CreateOrganisationInput, PartyReference, UpdateOrganisationInput } from './schemas';

const ENTITY = 'Organisation';
const AUDITED = ['slug', 'kind', 'nameKo', 'nameEn', 'countryKo', 'countryEn', 'url', 'note'] as const;

/** The organisation a form's reference names, made on first use for a record of the registry. */
export async function organisationFor(
  tx: Prisma.TransactionClient,
  reference: PartyReference,
  field = 'party',
): Promise<{ id: number; citySlug: string | null }> {
  if (reference.kind === 'org') {
    const found = await tx.organisation.findUnique({
      where: { id: reference.id },
      select: { id: true, localGovernment: { select: { slug: true } } },
    });
    if (!found) throw new RuleError('unknownReference', field);
    return { id: found.id, citySlug: found.localGovernment?.slug ?? null };
  }
  if (reference.kind === 'lg') {
    const lg = await tx.localGovernment.findUnique({ where: { id: reference.id }, select: { id: true, slug: true } });
    if (!lg) throw new RuleError('unknownReference', field);
    const organisation = await tx.organisation.upsert({
      where: { localGovernmentId: lg.id },
      create: { slug: lg.slug, kind: 'local_government', localGovernmentId: lg.id },
      update: {},
    });
    return { id: organisation.id, citySlug: lg.slug };
  }
  if (reference.kind === 'region') {
    const region = await tx.region.findUnique({ where: { id: reference.id }, select: { id: true, slug: true } });
    if (!region) throw new RuleError('unknownReference', field);
    const organisation = await tx.organisation.upsert({
      where: { regionId: region.id },
      create: { slug: `region-${region.slug}`, kind: 'region', regionId: region.id },
      update: {},
    });
    return { id: organisation.id, citySlug: null };
  }
  const office = await tx.officeOfEducation.findUnique({ where: { id: reference.id }, select: { id: true, slug: true } });
  if (!office) throw new RuleError('unknownReference', field);
  const organisation = await tx.organisation.upsert({
    where: { officeId: office.id },
    create: { slug: `office-${office.slug}`, kind: 'office_of_education', officeId: office.id },
    update: {},
  });
  return { id: organisation.id, citySlug: null };
}

/** The local governments an organisation's records touch: their city pages show them. */
async function citiesOf(tx: Prisma.TransactionClient, organisationId: number): Promise<string[]> {
  const parties = await tx.agreementParty.findMany({
    where: { agreement: { parties: { some: { organisationId } } } },
    select: { organisation: { select: { localGovernment: { select: { slug: true } } } } },
  });
  return [...new Set(parties.map((party) => party.organisation.localGovernment?.slug).filter((slug): slug is string => Boolean(slug)))];
}

export async function createOrganisation(actor: CurrentUser, input: CreateOrganisationInput) {
  return db.$transaction(async (tx) => {
    const created = await tx.organisation.create({ data: input });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: ENTITY,
      entityId: created.id,
      entityVersion: created.version,
      entityLabel: created.nameKo,
      changes: diffRecords(null, created, AUDITED),
    });
    return { id: created.id };
  });
}

export async function updateOrganisation(actor: CurrentUser, input: UpdateOrganisationInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(ENTITY, input.id, input.version, await tx.organisation.findUnique({ where: { id: input.id } }));
    // A record of the registry is named by the record: it is edited there, not here.
    if (before.nameKo === null) throw new RuleError('linkedOrganisation');
    const { id, version, ...data } = input;
    return saveVersioned(tx, {
      actor,
      action: 'update',
      entityType: ENTITY,
      id,
      version,
      write: (guard) => tx.organisation.updateMany({ where: guard, data: { ...data, version: { increment: 1 } } }),
      afterWrite: async () => ({ after: await tx.organisation.findUniqueOrThrow({ where: { id } }), cities: await citiesOf(tx, id) }),
      audit: ({ after }) => ({ label: after.nameKo ?? after.slug, changes: diffRecords(before, after, AUDITED) }),
    });
  });
}
