// Networks, memberships, agreements and the association's history (issue 15), from
// prisma/seed/networks/: each row with the URL of its source and the sentence it rests on.
// A party or member is named by reference: 'lg:<region>/<English name>' (a local government, as
// sources name it then: 'lg:Incheon/Nam-gu' is today's Michuhol-gu), 'region:<slug>',
// 'office:<Korean name>' or 'org:<slug>' (organisations.csv). An unknown reference is an error.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Prisma } from '@/lib/generated/prisma/client';
import type {
  AgreementTopic,
  AssociationEventKind,
  NetworkCountScope,
  NetworkMembershipStatus,
  OfficerRole,
  OrganisationKind,
} from '@/lib/generated/prisma/enums';
import { isPartialDate } from '@/lib/core/partial-date';
import { readSeedCsv, required } from './csv';
import type { SeededLocalGovernment, SeededRegion } from './geography';
import { resolveLocalGovernment } from './resolve';

type Tx = Prisma.TransactionClient;
type Context = { regions: SeededRegion[]; localGovernments: SeededLocalGovernment[] };

const DIR = 'networks';
const optional = (value: string | undefined) => (value ? value : null);
const optionalInt = (value: string | undefined) => (value ? Number(value) : null);

function partial(value: string | undefined): string | null {
  if (!value) return null;
  if (!isPartialDate(value)) throw new Error(`Not a partial date: ${value}`);
  return value;
}

/** Source keys of the seed documents ('seed:seoul-report') as the citations readers see. */
function sourceCitations(): (value: string) => string {
  const citations = new Map(readSeedCsv(`${DIR}/sources.csv`).map((row) => [required(row, 'key'), required(row, 'citation')]));
  return (value) => (value.startsWith('seed:') ? (citations.get(value) ?? fail(`Unknown source ${value}`)) : value);
}

function fail(message: string): never {
  throw new Error(message);
}

/** Finds or creates the organisation a reference names; returns its id. */
function organisationResolver(tx: Tx, context: Context) {
  const cache = new Map<string, number>();
  return async function organisationId(reference: string): Promise<number> {
    const known = cache.get(reference);
    if (known) return known;
    const [kind, rest = ''] = reference.split(/:(.*)/s) as [string, string];
    let id: number;
    if (kind === 'lg') {
      const [region = '', nameEn = ''] = rest.split('/');
      const lg = resolveLocalGovernment(context.regions, context.localGovernments, { region, nameEn });
      const record = await tx.localGovernment.findUniqueOrThrow({ where: { id: lg.id }, select: { id: true, slug: true } });
      id = (
        await tx.organisation.upsert({
          where: { localGovernmentId: record.id },
          create: { slug: record.slug, kind: 'local_government', localGovernmentId: record.id },
          update: {},
        })
      ).id;
    } else if (kind === 'region') {
      const region = context.regions.find((candidate) => candidate.slug === rest) ?? fail(`Unknown region ${rest}`);
      id = (
        await tx.organisation.upsert({
          where: { regionId: region.id },
          create: { slug: `region-${region.slug}`, kind: 'region', regionId: region.id },
          update: {},
        })
      ).id;
    } else if (kind === 'office') {
      const office = await tx.officeOfEducation.findUnique({ where: { nameKo: rest }, select: { id: true, slug: true } });
      if (!office) fail(`Unknown office ${rest}`);
      id = (
        await tx.organisation.upsert({
          where: { officeId: office.id },
          create: { slug: `office-${office.slug}`, kind: 'office_of_education', officeId: office.id },
          update: {},
        })
      ).id;
    } else if (kind === 'org') {
      id = (await tx.organisation.findUnique({ where: { slug: rest }, select: { id: true } }))?.id ?? fail(`Unknown organisation ${rest}`);
    } else {
      fail(`Not a reference: ${reference}`);
    }
    cache.set(reference, id);
    return id;
  };
}

export async function seedNetworks(tx: Tx, context: Context): Promise<void> {
  const cite = sourceCitations();
  const organisationId = organisationResolver(tx, context);

  for (const row of readSeedCsv(`${DIR}/organisations.csv`)) {
    const kind = required(row, 'kind') as OrganisationKind;
    if (row.link) {
      const id = await organisationId(row.link);
      await tx.organisation.update({ where: { id }, data: { note: optional(row.note) } });
      continue;
    }
    await tx.organisation.create({
      data: {
        slug: required(row, 'slug'),
        kind,
        nameKo: required(row, 'name_ko'),
        nameEn: required(row, 'name_en'),
        countryKo: optional(row.country_ko),
        countryEn: optional(row.country_en),
        url: optional(row.url),
        note: optional(row.note),
      },
    });
  }

  const networks = new Map<string, number>();
  for (const row of readSeedCsv(`${DIR}/networks.csv`)) {
    const created = await tx.network.create({
      data: {
        slug: required(row, 'slug'),
        sortOrder: Number(required(row, 'sort_order')),
        nameKo: required(row, 'name_ko'),
        nameEn: required(row, 'name_en'),
        shortKo: required(row, 'short_ko'),
        shortEn: required(row, 'short_en'),
        foundedOn: partial(row.founded_on),
        url: optional(row.url),
        source: cite(required(row, 'source')),
        descriptionKo: required(row, 'description_ko'),
        descriptionEn: required(row, 'description_en'),
      },
    });
    networks.set(created.slug, created.id);
  }
  const networkId = (slug: string) => networks.get(slug) ?? fail(`Unknown network ${slug}`);

  const memberships = new Map<string, number>();
  for (const row of readSeedCsv(`${DIR}/network-memberships.csv`)) {
    const created = await tx.networkMembership.create({
      data: {
        networkId: networkId(required(row, 'network')),
        organisationId: await organisationId(required(row, 'member')),
        status: required(row, 'status') as NetworkMembershipStatus,
        appliedOn: partial(row.applied_on),
        joinedOn: partial(row.joined_on),
        leftOn: partial(row.left_on),
        source: cite(required(row, 'source')),
        quote: optional(row.quote),
        note: optional(row.note),
      },
    });
    memberships.set(`${row.network}|${row.member}`, created.id);
  }

  await tx.networkRole.createMany({
    data: readSeedCsv(`${DIR}/network-roles.csv`).map((row) => ({
      membershipId: memberships.get(`${row.network}|${row.member}`) ?? fail(`No membership for role ${row.network} ${row.member}`),
      titleKo: required(row, 'title_ko'),
      titleEn: required(row, 'title_en'),
      startedOn: partial(row.started_on),
      endedOn: partial(row.ended_on),
      source: cite(required(row, 'source')),
      quote: optional(row.quote),
    })),
  });

  await tx.networkCount.createMany({
    data: readSeedCsv(`${DIR}/network-counts.csv`).map((row) => ({
      networkId: networkId(required(row, 'network')),
      asOf: partial(required(row, 'as_of'))!,
      scope: required(row, 'scope') as NetworkCountScope,
      memberCount: Number(required(row, 'member_count')),
      countryCount: optionalInt(row.country_count),
      source: cite(required(row, 'source')),
      quote: optional(row.quote),
      note: optional(row.note),
    })),
  });

  for (const row of readSeedCsv(`${DIR}/awards.csv`)) {
    await tx.award.create({
      data: {
        networkId: networkId(required(row, 'network')),
        organisationId: await organisationId(required(row, 'member')),
        year: Number(required(row, 'year')),
        nameKo: required(row, 'name_ko'),
        nameEn: required(row, 'name_en'),
        source: cite(required(row, 'source')),
        quote: optional(row.quote),
      },
    });
  }

  await seedAgreements(tx, { cite, organisationId });
  await seedAssociation(tx, { cite, organisationId });
}

async function seedAgreements(
  tx: Tx,
  { cite, organisationId }: { cite: (value: string) => string; organisationId: (reference: string) => Promise<number> },
) {
  const agreements = new Map<string, number>();
  for (const row of readSeedCsv(`${DIR}/agreements.csv`)) {
    const created = await tx.agreement.create({
      data: {
        slug: required(row, 'slug'),
        titleKo: required(row, 'title_ko'),
        titleEn: required(row, 'title_en'),
        signedOn: partial(required(row, 'signed_on'))!,
        placeKo: optional(row.place_ko),
        placeEn: optional(row.place_en),
        purposeKo: required(row, 'purpose_ko'),
        purposeEn: required(row, 'purpose_en'),
        topics: required(row, 'topics').split(';') as AgreementTopic[],
        initialTermMonths: optionalInt(row.initial_term_months),
        initialTermUntil: partial(row.initial_term_until),
        renewalMonths: optionalInt(row.renewal_months),
        maxRenewals: optionalInt(row.max_renewals),
        noticeMonths: optionalInt(row.notice_months),
        isNoticeWritten: row.is_notice_written === 'true',
        termTextKo: optional(row.term_text_ko),
        termTextEn: optional(row.term_text_en),
        source: cite(required(row, 'source')),
        note: optional(row.note),
      },
    });
    agreements.set(created.slug, created.id);
  }
  const agreementId = (slug: string) => agreements.get(slug) ?? fail(`Unknown agreement ${slug}`);
  for (const row of readSeedCsv(`${DIR}/agreement-parties.csv`)) {
    await tx.agreementParty.create({
      data: {
        agreementId: agreementId(required(row, 'agreement')),
        organisationId: await organisationId(required(row, 'party')),
        position: Number(required(row, 'position')),
        roleKo: optional(row.role_ko),
        roleEn: optional(row.role_en),
        signatoryKo: optional(row.signatory_ko),
        signatoryEn: optional(row.signatory_en),
      },
    });
  }
  const seedDir = path.dirname(new URL(import.meta.url).pathname);
  await tx.agreementDocument.createMany({
    data: readSeedCsv(`${DIR}/agreement-documents.csv`).map((row, position) => ({
      agreementId: agreementId(required(row, 'agreement')),
      titleKo: required(row, 'title_ko'),
      titleEn: required(row, 'title_en'),
      language: required(row, 'language'),
      text: readFileSync(path.join(seedDir, DIR, required(row, 'file')), 'utf8').trim(),
      source: cite(required(row, 'source')),
      position,
    })),
  });
}

async function seedAssociation(
  tx: Tx,
  { cite, organisationId }: { cite: (value: string) => string; organisationId: (reference: string) => Promise<number> },
) {
  for (const row of readSeedCsv(`${DIR}/association-officers.csv`)) {
    await tx.associationOfficer.create({
      data: {
        role: required(row, 'role') as OfficerRole,
        termOrdinal: optionalInt(row.term_ordinal),
        personKo: optional(row.person_ko),
        personEn: optional(row.person_en),
        organisationId: await organisationId(required(row, 'member')),
        representsKo: optional(row.represents_ko),
        representsEn: optional(row.represents_en),
        startedOn: partial(row.started_on),
        endedOn: partial(row.ended_on),
        source: cite(required(row, 'source')),
        quote: optional(row.quote),
        note: optional(row.note),
      },
    });
  }
  await tx.associationEvent.createMany({
    data: readSeedCsv(`${DIR}/association-events.csv`).map((row) => ({
      kind: required(row, 'kind') as AssociationEventKind,
      heldOn: partial(required(row, 'held_on'))!,
      titleKo: required(row, 'title_ko'),
      titleEn: required(row, 'title_en'),
      placeKo: optional(row.place_ko),
      placeEn: optional(row.place_en),
      source: cite(required(row, 'source')),
      quote: optional(row.quote),
    })),
  });
  await tx.associationMemberCount.createMany({
    data: readSeedCsv(`${DIR}/association-member-counts.csv`).map((row) => ({
      asOf: partial(required(row, 'as_of'))!,
      localGovernments: optionalInt(row.local_governments),
      offices: optionalInt(row.offices),
      total: optionalInt(row.total),
      source: cite(required(row, 'source')),
      quote: optional(row.quote),
      note: optional(row.note),
    })),
  });
}
