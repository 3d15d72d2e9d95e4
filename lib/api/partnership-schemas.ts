// The API's shapes of networks, agreements and the association's officers (issue 15), registered
// under their names in the OpenAPI document like the rest (./schemas.ts). Strict objects. Client-safe.
import { z } from 'zod';
import { AGREEMENT_TOPICS } from '@/lib/agreements/filters';
import { OFFICER_ROLES } from '@/lib/association/schemas';
import { NETWORK_MEMBERSHIP_STATUSES } from '@/lib/networks/schemas';
import { LINKED_KINDS, NAMED_KINDS } from '@/lib/organisations/refs';
import { list, named, resource } from './envelope';

const day = z.iso.date();
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .describe('A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD');
const names = { nameKo: z.string(), nameEn: z.string() };
const sourced = {
  source: z.string().describe('A URL or a bibliographic reference'),
  quote: z.string().nullable().describe('The sentence the fact rests on'),
};
const count = z.number().int().min(0);

export const OrganisationSchema = named(
  'Organisation',
  'A party to an agreement, a network member or an officer’s body: a local government, region or office of education of the registry, or a body outside it',
  z.strictObject({
    slug: z.string(),
    kind: z.enum([...LINKED_KINDS, ...NAMED_KINDS]),
    ...names,
    citySlug: z.string().nullable().describe('For a local government: its slug under /cities'),
    regionSlug: z.string().nullable().describe('The region it belongs to (or is), for a body of the registry'),
    countryKo: z.string().nullable(),
    countryEn: z.string().nullable(),
  }),
);

const NetworkMemberSchema = named(
  'NetworkMember',
  'A Korean member, applicant or former member of a network, with its roles',
  z.strictObject({
    organisation: OrganisationSchema,
    status: z.enum(NETWORK_MEMBERSHIP_STATUSES).describe('applied: an application no source confirms as accepted'),
    appliedOn: partialDate.nullable(),
    joinedOn: partialDate.nullable().describe('Null when no source gives it'),
    leftOn: partialDate.nullable(),
    ...sourced,
    note: z.string().nullable(),
    roles: z.array(
      z.strictObject({
        titleKo: z.string(),
        titleEn: z.string(),
        startedOn: partialDate.nullable(),
        endedOn: partialDate.nullable(),
        ...sourced,
      }),
    ),
  }),
);

export const NetworkSchema = named(
  'Network',
  'An international network of learning cities, its Korean members, the counts sources report and its awards',
  z.strictObject({
    slug: z.string(),
    ...names,
    shortKo: z.string(),
    shortEn: z.string(),
    foundedOn: partialDate.nullable(),
    descriptionKo: z.string(),
    descriptionEn: z.string(),
    url: z.string().nullable(),
    source: z.string(),
    members: z.array(NetworkMemberSchema),
    counts: z.array(
      z.strictObject({
        asOf: partialDate,
        scope: z.enum(['korea', 'world']),
        memberCount: count,
        countryCount: count.nullable(),
        ...sourced,
        note: z.string().nullable(),
      }),
    ),
    awards: z.array(z.strictObject({ organisation: OrganisationSchema, year: z.number().int(), ...names, ...sourced })),
  }),
);

const TermSchema = z.strictObject({
  renewal: count.describe('0 for the first term'),
  firstDay: day,
  lastDay: day,
  noticeDeadline: day.describe('The last day a notice is in time to stop the next renewal'),
});

const agreementFields = {
  slug: z.string(),
  titleKo: z.string(),
  titleEn: z.string(),
  signedOn: partialDate,
  placeKo: z.string().nullable(),
  placeEn: z.string().nullable(),
  purposeKo: z.string(),
  purposeEn: z.string(),
  topics: z.array(z.enum(AGREEMENT_TOPICS)),
  term: z
    .strictObject({
      initialTermMonths: count
        .nullable()
        .describe('The first term in months from signing (the Civil Code does not count the day of signing)'),
      initialTermUntil: partialDate.nullable().describe('Or the first term until this day, month or year, inclusive'),
      renewalMonths: count.nullable().describe('Renewed automatically this many months at a time; null: no renewal'),
      maxRenewals: count.nullable().describe('At most this many renewals; null: without limit'),
      noticeMonths: count.nullable().describe('Notice must be given this many months before a term ends; null: until its last day'),
      isNoticeWritten: z.boolean(),
      textKo: z.string().nullable(),
      textEn: z.string().nullable(),
    })
    .describe('The term as rules, never as one end date'),
  parties: z.array(
    z.strictObject({
      organisation: OrganisationSchema,
      roleKo: z.string().nullable(),
      roleEn: z.string().nullable(),
      signatoryKo: z.string().nullable(),
      signatoryEn: z.string().nullable(),
    }),
  ),
  notices: z.array(
    z.strictObject({
      kind: z.enum(['non_renewal', 'termination']),
      givenOn: day,
      lastDayInForce: day.nullable(),
      by: OrganisationSchema.nullable(),
      source: z.string(),
      note: z.string().nullable(),
    }),
  ),
  standingOn: day.describe('The day the standing is derived for'),
  standing: z.strictObject({
    state: z.enum(['not_yet', 'term_unknown', 'in_force', 'expired', 'terminated_by_notice', 'terminated']),
    renewal: count.nullable().describe('When in force: 0 in the first term, N by the Nth renewal'),
    term: TermSchema.nullable().describe('When in force: the term that day falls in'),
    lastDay: day.nullable().describe('When ended: its last day in force'),
  }),
  end: z
    .strictObject({
      kind: z.enum(['open', 'unknown', 'rules', 'notice', 'termination']),
      lastDay: day.nullable(),
      givenOn: day.nullable().describe('The notice or termination that ends it'),
    })
    .describe('How it ends given its rules and the notices recorded: open (renewed without limit), unknown, or a last day'),
  latestPossibleEnd: day.nullable().describe('The latest day the rules allow, whatever notice is given; null: no limit or not known'),
  source: z.string(),
  note: z.string().nullable(),
};

export const AgreementSchema = named(
  'Agreement',
  'An agreement with its parties, term as rules and standing on the list’s day',
  z.strictObject(agreementFields),
);

export const AgreementDetailSchema = named(
  'AgreementDetail',
  'An agreement with its terms as the rules give them and its text where public',
  z.strictObject({
    ...agreementFields,
    terms: z
      .array(TermSchema)
      .describe('The terms the rules give, as far as the latest possible end or, without one, the term running on standingOn'),
    documents: z.array(
      z.strictObject({ titleKo: z.string(), titleEn: z.string(), language: z.string(), text: z.string(), source: z.string() }),
    ),
  }),
);

export const OfficerSchema = named(
  'AssociationOfficer',
  'An officer of the association (KALLC) and the term, as precise as the sources',
  z.strictObject({
    role: z.enum(OFFICER_ROLES),
    termOrdinal: count.nullable().describe('The term’s ordinal (12 for the 12th) when a source gives it'),
    personKo: z.string().nullable(),
    personEn: z.string().nullable(),
    organisation: OrganisationSchema,
    representsKo: z.string().nullable(),
    representsEn: z.string().nullable(),
    startedOn: partialDate.nullable(),
    endedOn: partialDate.nullable(),
    ...sourced,
    note: z.string().nullable(),
  }),
);

export const NetworkListSchema = list('NetworkList', 'networks', NetworkSchema);
export const NetworkResourceSchema = resource('NetworkResource', NetworkSchema);
export const AgreementListSchema = list('AgreementList', 'agreements', AgreementSchema);
export const AgreementResourceSchema = resource('AgreementResource', AgreementDetailSchema);
export const OfficerListSchema = list('AssociationOfficerList', 'officers of the association', OfficerSchema);

export type ApiNetwork = z.output<typeof NetworkSchema>;
export type ApiAgreement = z.output<typeof AgreementSchema>;
export type ApiAgreementDetail = z.output<typeof AgreementDetailSchema>;
export type ApiOfficer = z.output<typeof OfficerSchema>;
