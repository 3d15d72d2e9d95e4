// What the public API answers (issue 6), as zod schemas registered under the names the OpenAPI
// document gives them (lib/api/openapi.ts). Field names are English identifiers; the data
// carries both languages (nameKo/nameEn). Strict objects: a field the document does not name
// fails the contract tests. Parameters are in ./parameters.ts, envelopes in ./envelope.ts. Client-safe.
import { z } from 'zod';
import { LOCAL_GOVERNMENT_KINDS } from '@/lib/local-governments/schemas';
import { EVALUATION_OUTCOMES, NEXT_DUE_BASES } from '@/lib/designations/schedule';
import { DESIGNATION_STATUSES } from '@/lib/designations/status';
import { RECIPIENT_KINDS } from '@/lib/subsidies/schemas';
import { list, named, resource } from './envelope';

export * from './parameters';
export { apiSchemas, ProblemSchema, type ListMeta, type Problem } from './envelope';

/** Drafts are staff's work in progress and never public (issue 5). */
export const PUBLISHED_ALLOCATION_STATUSES = ['announced', 'disbursed', 'returned'] as const;

const day = z.iso.date();
const nullableDay = day.nullable();
const count = z.number().int().min(0);
const yearValue = z.number().int().min(1900).max(2100);
const nullableYear = yearValue.nullable();
/** Won as a JSON number: amounts are integers far below 2^53, so no precision is lost. */
const won = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('Korean won (KRW), an integer');
const names = { nameKo: z.string(), nameEn: z.string() };
const shortNames = { shortKo: z.string(), shortEn: z.string() };
const text = z.string();
const nullableText = z.string().nullable();

export const RegionRefSchema = named(
  'RegionRef',
  'A region (시·도) by its short names',
  z.strictObject({ slug: z.string(), ...shortNames }),
);
const RegionNamesSchema = z.strictObject({ slug: z.string(), ...names, ...shortNames });

const url = z.url({ protocol: /^https?$/ });

export const SourceSchema = named(
  'Source',
  'The announcement a fact rests on',
  z.strictObject({
    titleKo: text,
    titleEn: text,
    publishedOn: nullableDay.describe('Null when the copy cited does not show its date'),
    issuerKo: text,
    issuerEn: text,
    citation: text.describe('A bibliographic reference: outlet or issuer, date, article number'),
    url: url.nullable().describe('Its public address; null when none is known'),
  }),
);

export const FactSourceSchema = named(
  'FactSource',
  'Where a fact comes from: an address a reader can open, or what it is inferred from (in Korean and English)',
  z.strictObject({
    url: url.nullable().describe('The public address of the announcement or report; null when none is known'),
    citation: text.describe('A bibliographic reference'),
    announcement: SourceSchema.nullable(),
    inference: z
      .strictObject({ ko: text, en: text })
      .nullable()
      .describe('When the fact is inferred rather than announced: what it is inferred from'),
  }),
);

export const RegionSchema = named(
  'Region',
  'A region (시·도) and its count of local governments and of learning cities',
  z.strictObject({
    slug: z.string(),
    code: z
      .string()
      .nullable()
      .describe('Two-digit legal-dong code (of that day, with asOf); null where no source gives it (제주도 before 2006)'),
    ...names,
    ...shortNames,
    unitCount: count.describe('Local governments in the region that day, Sejong and Jeju’s administrative cities included'),
    designatedCount: count.describe('Of them, those with a designation in force that day'),
  }),
);

export const CitySchema = named(
  'City',
  'A local government (시·군·구, Sejong, Jeju’s administrative cities) with its standing on the list’s day',
  z.strictObject({
    slug: z.string(),
    code: z
      .string()
      .nullable()
      .describe(
        'Five-digit legal-dong code (of that day, with asOf); null for a unit abolished before the code lists, when no source gives it',
      ),
    kind: z.enum(LOCAL_GOVERNMENT_KINDS),
    ...names,
    region: RegionRefSchema,
    isCurrent: z.boolean().describe('Exists on the list’s day (not abolished)'),
    isDesignated: z.boolean().describe('A designation in force on the list’s day'),
    firstYear: nullableYear.describe('Year of its first designation (its own, or a predecessor’s it holds since a merger), when known'),
    designatedByYear: nullableYear.describe('Latest year that first designation can have been made'),
    status: z.enum(DESIGNATION_STATUSES).describe('Standing of its latest designation, derived from recorded events'),
    nextEvaluationYear: nullableYear.describe('Year the next re-designation evaluation falls due; null when ended or not known'),
    isOutcomeMissing: z.boolean().describe('That year has passed with no outcome recorded'),
  }),
);

export const RegionDetailSchema = named(
  'RegionDetail',
  'A region with its history and its local governments (for a region merged away, those of its last day)',
  z.strictObject({
    slug: z.string(),
    code: z.string(),
    ...names,
    ...shortNames,
    currentSince: nullableDay,
    establishedOn: nullableDay,
    abolishedOn: nullableDay.describe('First day on which the region no longer exists'),
    successor: RegionNamesSchema.nullable(),
    predecessors: z.array(RegionNamesSchema),
    formerNames: z.array(z.strictObject({ validUntil: day, code: z.string().nullable(), ...names })),
    unitCount: count,
    designatedCount: count,
    localGovernments: z.array(CitySchema),
  }),
);

export const EvaluationSchema = named(
  'Evaluation',
  'A re-designation evaluation and its outcome',
  z.strictObject({
    dueYear: yearValue,
    heldOn: nullableDay,
    outcome: z.enum(EVALUATION_OUTCOMES),
    validUntilYear: nullableYear.describe('The validity the announcement or report states, as stated; the schedule follows the cycle'),
    followUpYear: nullableYear,
    score: z.number().min(0).max(100).nullable().describe('The score out of 100, where one is published'),
    isOutstanding: z
      .boolean()
      .describe('Judged outstanding (the top 10 %); excused from the next evaluation where the rule of its year says so'),
    source: FactSourceSchema.nullable(),
    note: nullableText,
  }),
);

const localGovernmentName = z.strictObject({ slug: z.string(), ...names });

const designationFields = {
  designatedAs: localGovernmentName
    .nullable()
    .describe('The predecessor designated, when its successor holds the designation since their merger (창원시 2004 → today’s 창원시)'),
  isCountedByMinistry: z.boolean().describe('Whether the ministry’s totals count it (the registry’s counting rule, /reconciliation)'),
  firstYear: nullableYear,
  designatedByYear: yearValue,
  designatedOn: nullableDay,
  evaluationCohortYear: nullableYear.describe('A first evaluation year set by staff or a report, which wins over the group’s'),
  evaluationGroup: z
    .string()
    .nullable()
    .describe('The group it is evaluated with: metropolitan, provincial-city, county; null for none (Sejong)'),
  status: z.enum(DESIGNATION_STATUSES),
  lastEvaluationYear: nullableYear,
  validUntilYear: nullableYear,
  nextEvaluationYear: nullableYear.describe('The first due year without a recorded outcome; see isOutcomeMissing when it has passed'),
  nextEvaluationBasis: z
    .enum(NEXT_DUE_BASES)
    .nullable()
    .describe('What nextEvaluationYear rests on (group, cycle, excused …), or why it is null; null when not in force'),
  isOutcomeMissing: z.boolean(),
  endedOn: nullableDay.describe('When ended: the day, if known'),
  endedByYear: nullableYear.describe('When ended on an unknown day: the year by which it had ended'),
  source: FactSourceSchema,
  note: nullableText,
  evaluations: z.array(EvaluationSchema),
};

export const CityDesignationSchema = named(
  'CityDesignation',
  'A designation, its standing derived from recorded events, and its evaluations',
  z.strictObject(designationFields),
);

const localGovernmentRef = z.strictObject({ slug: z.string(), code: z.string().nullable(), ...names });

export const DesignationSchema = named(
  'Designation',
  'A designation with its local government, standing and evaluations',
  z.strictObject({
    localGovernment: localGovernmentRef.extend({ region: RegionRefSchema, isCurrent: z.boolean() }),
    standingOn: day.describe('The day its standing is derived for: today, or an abolished local government’s last day'),
    isInForce: z
      .boolean()
      .describe(
        'In force today under the counting rule: a designation of a local government abolished without a successor carrying it on is not',
      ),
    ...designationFields,
  }),
);

const ProgrammeRefSchema = z.strictObject({ code: z.string(), year: yearValue, ...names });
const allocationFields = {
  programme: ProgrammeRefSchema,
  amount: won.describe('Korean won (KRW), an integer; for an amount announced as a range, its upper bound'),
  amountMin: won
    .nullable()
    .describe('For an amount announced only as a range: its lower bound (0 when only “up to” is given); null for a single figure'),
  isAmountApproximate: z.boolean().describe('The announcement gave the amount as “about”'),
  status: z.enum(PUBLISHED_ALLOCATION_STATUSES),
  announcement: SourceSchema.nullable(),
};

export const CityAllocationSchema = named('CityAllocation', 'A published allocation to the city', z.strictObject(allocationFields));

const officeRef = z.strictObject({ slug: z.string(), ...names });

export const CityDetailSchema = named(
  'CityDetail',
  'A local government: names and their history, designations, office of education, membership, published allocations',
  z.strictObject({
    slug: z.string(),
    code: z.string().nullable(),
    kind: z.enum(LOCAL_GOVERNMENT_KINDS),
    ...names,
    region: RegionNamesSchema,
    isCurrent: z.boolean(),
    currentSince: nullableDay,
    establishedOn: nullableDay,
    abolishedOn: nullableDay,
    formerNames: z.array(
      z.strictObject({
        validFrom: nullableDay,
        validUntil: day,
        code: z.string().nullable(),
        kind: z.enum(LOCAL_GOVERNMENT_KINDS),
        ...names,
        region: RegionNamesSchema,
      }),
    ),
    predecessors: z.array(
      z.strictObject({
        slug: z.string(),
        ...names,
        kind: z.enum(['split', 'merge']),
        effectiveOn: day,
        designations: z
          .array(z.strictObject({ firstYear: nullableYear, designatedByYear: yearValue, heldBy: localGovernmentName }))
          .describe('The designations made to it, and who holds each now'),
      }),
    ),
    successors: z.array(z.strictObject({ slug: z.string(), ...names, kind: z.enum(['split', 'merge']), effectiveOn: day })),
    standingOn: day.describe('The day the designations’ standing is derived for: today, or the last day of an abolished local government'),
    designations: z.array(CityDesignationSchema),
    officesOfEducation: z.array(officeRef.extend({ validFrom: nullableDay, validUntil: nullableDay, parent: officeRef.nullable() })),
    membership: z
      .strictObject({ joinedOn: nullableDay, leftOn: nullableDay, source: text })
      .nullable()
      .describe('Its head’s membership of the association'),
    allocations: z.array(CityAllocationSchema),
  }),
);

export const OfficeSchema = named(
  'OfficeOfEducation',
  'A provincial office of education, its district offices and the local governments each covers today',
  z.strictObject({
    slug: z.string(),
    ...names,
    region: RegionRefSchema,
    establishedOn: nullableDay,
    districts: z.array(
      officeRef.extend({
        localGovernments: z.array(
          z.strictObject({ slug: z.string(), ...names, region: z.strictObject(shortNames), isDesignated: z.boolean(), since: nullableDay }),
        ),
      }),
    ),
  }),
);

export const ProgrammeSchema = named(
  'Programme',
  'A subsidy programme of one year',
  z.strictObject({
    code: z.string().describe('The programme line across years: new-city, specialization, consortium …'),
    year: yearValue,
    ...names,
    purposeKo: nullableText,
    purposeEn: nullableText,
    eligibilityKo: nullableText,
    eligibilityEn: nullableText,
    recipientKind: z.enum(RECIPIENT_KINDS),
    amountPerRecipient: won.nullable().describe('For a range, its upper bound'),
    amountPerRecipientMin: won.nullable().describe('For an amount announced only as a range: its lower bound (0 for “up to”)'),
    isAmountApproximate: z.boolean(),
    announcement: SourceSchema.nullable(),
    allocationCount: count.describe('Published allocations (drafts are never counted)'),
  }),
);

export const AllocationSchema = named(
  'Allocation',
  'A published allocation: announced, disbursed or returned; never a draft',
  z.strictObject({
    ...allocationFields,
    recipientKind: z.enum(RECIPIENT_KINDS),
    localGovernment: localGovernmentRef.nullable().describe('The recipient, for a grant to a local government'),
    region: RegionRefSchema.describe('The region it counts under: its recipient’s when the programme was announced'),
  }),
);

const share = z.number().min(0).max(1).nullable();

export const SummarySchema = named(
  'Summary',
  'The national figures on a day, all counted by the registry’s one rule (the reconciliation page states it)',
  z.strictObject({
    asOf: day,
    designated: z.strictObject({
      localGovernmentCount: count.describe(
        'Local governments with a designation in force, Sejong and Jeju’s administrative cities included',
      ),
      ministryCount: count.describe('The count under the rule that reproduces the Ministry of Education’s published totals'),
      share: share.describe('ministryCount over the basic local governments that day, as the ministry states its share'),
    }),
    localGovernments: z.strictObject({
      basic: count.describe('Basic local governments (시·군·구) that day, counted from the registry’s history of mergers and new units'),
      all: count.describe('Every local government that day: the basic ones, Sejong and Jeju’s administrative cities'),
    }),
    newDesignations: z
      .strictObject({ year: yearValue, count })
      .describe('Designations first made in the year of asOf that the ministry’s count includes (the whole year)'),
    regions: z.array(
      z.strictObject({
        slug: z.string(),
        ...names,
        ...shortNames,
        designatedCount: count.describe('Local governments of the region with a designation in force that day'),
        unitCount: count.describe('Local governments in the region that day'),
      }),
    ),
    published: z
      .strictObject({
        value: count,
        asOf: day,
        outlet: text,
        url: z.string().describe('Where to read it'),
        registryCount: count.describe('The registry’s count, under the rule, on the day the figure describes'),
      })
      .nullable()
      .describe(
        'The total of learning cities published for the year of asOf up to that day (the value most of that year’s figures give), when there is one',
      ),
  }),
);

export const RegionListSchema = list('RegionList', 'regions', RegionSchema);
export const RegionResourceSchema = resource('RegionResource', RegionDetailSchema);
export const CityListSchema = list('CityList', 'local governments', CitySchema);
export const CityResourceSchema = resource('CityResource', CityDetailSchema);
export const DesignationListSchema = list('DesignationList', 'designations', DesignationSchema);
export const OfficeListSchema = list('OfficeList', 'provincial offices of education', OfficeSchema);
export const ProgrammeListSchema = list('ProgrammeList', 'programmes', ProgrammeSchema);
export const AllocationListSchema = list('AllocationList', 'allocations', AllocationSchema);
export const SummaryResourceSchema = resource('SummaryResource', SummarySchema);

export type City = z.output<typeof CitySchema>;
export type Summary = z.output<typeof SummarySchema>;
export type Region = z.output<typeof RegionSchema>;
export type RegionDetail = z.output<typeof RegionDetailSchema>;
export type CityDetail = z.output<typeof CityDetailSchema>;
export type CityDesignation = z.output<typeof CityDesignationSchema>;
export type Designation = z.output<typeof DesignationSchema>;
export type Office = z.output<typeof OfficeSchema>;
export type Programme = z.output<typeof ProgrammeSchema>;
export type Allocation = z.output<typeof AllocationSchema>;
export * from './partnership-schemas';
