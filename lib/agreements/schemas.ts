// Staff forms for agreements (issue 15): the agreement with its term as rules, its parties and
// roles, and the notices and terminations staff record. Client-safe.
import { z } from 'zod';
import { choiceError, DateField, IdField, OptionalId, OptionalText, RequiredText, VersionField } from '@/lib/core/fields';
import { OptionalPartialDateField, PartialDateField, precisionOf } from '@/lib/core/partial-date';
import { PartyReferenceField } from '@/lib/organisations/schemas';
import { AGREEMENT_TOPICS } from './filters';

export const AGREEMENT_NOTICE_KINDS = ['non_renewal', 'termination'] as const;
/** How a form gives the first term: months from signing, until a day/month/year, or not known. */
export const INITIAL_TERM_KINDS = ['months', 'until', 'unknown'] as const;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const optionalCount = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce
      .number({ error: 'numberFormat' })
      .int({ error: 'numberFormat' })
      .min(min, { error: 'numberOutOfRange' })
      .max(max, { error: 'numberOutOfRange' })
      .optional(),
  );

/** One checkbox per topic (a form sends each name once): topic_youth=on … */
export const topicFieldName = (topic: (typeof AGREEMENT_TOPICS)[number]) => `topic_${topic}` as const;
/** A checked box sends "on"; anything else is a tampered form, refused rather than read as unchecked. */
const Checkbox = z.enum(['on'], { error: 'notAnOption' }).optional();
const topicFields = Object.fromEntries(AGREEMENT_TOPICS.map((topic) => [topicFieldName(topic), Checkbox])) as Record<
  `topic_${(typeof AGREEMENT_TOPICS)[number]}`,
  typeof Checkbox
>;

const agreementFields = {
  titleKo: RequiredText(300),
  titleEn: RequiredText(300),
  signedOn: PartialDateField,
  placeKo: OptionalText(200),
  placeEn: OptionalText(200),
  purposeKo: RequiredText(2000),
  purposeEn: RequiredText(2000),
  ...topicFields,
  initialTermKind: z.enum(INITIAL_TERM_KINDS, { error: choiceError('chooseKind') }),
  initialTermMonths: optionalCount(1, 600),
  initialTermUntil: OptionalPartialDateField,
  renewalMonths: optionalCount(1, 600),
  maxRenewals: optionalCount(1, 100),
  noticeMonths: optionalCount(1, 24),
  isNoticeWritten: Checkbox.transform((value) => value === 'on'),
  termTextKo: OptionalText(4000),
  termTextEn: OptionalText(4000),
  source: RequiredText(1000),
  note: OptionalText(2000),
};

type TermInput = {
  signedOn: string;
  initialTermKind: (typeof INITIAL_TERM_KINDS)[number];
  initialTermMonths?: number;
  initialTermUntil: string | null;
  renewalMonths?: number;
  maxRenewals?: number;
  noticeMonths?: number;
};

function checkTerm(input: TermInput, context: z.RefinementCtx) {
  const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
  if (input.initialTermKind === 'months') {
    if (input.initialTermMonths === undefined) issue('initialTermMonths', 'required');
    // Months are counted from the day of signing (민법 제157조), which must then be known.
    if (precisionOf(input.signedOn) !== 'day') issue('signedOn', 'signingDayNeeded');
  }
  if (input.initialTermKind === 'until') {
    if (!input.initialTermUntil) issue('initialTermUntil', 'required');
    else if (input.initialTermUntil < input.signedOn.slice(0, input.initialTermUntil.length)) issue('initialTermUntil', 'dateOrder');
  }
  if (input.initialTermKind === 'unknown' && (input.renewalMonths !== undefined || input.noticeMonths !== undefined)) {
    issue('initialTermKind', 'termNeededForRenewal');
  }
  if (input.maxRenewals !== undefined && input.renewalMonths === undefined) issue('renewalMonths', 'required');
}

/** The term as the columns store it, and the checked topics as a list. */
function toColumns<T extends TermInput & Partial<Record<`topic_${(typeof AGREEMENT_TOPICS)[number]}`, string>>>(input: T) {
  const { initialTermKind, ...withTopics } = input;
  const rest = Object.fromEntries(Object.entries(withTopics).filter(([key]) => !key.startsWith('topic_'))) as Omit<
    T,
    'initialTermKind' | `topic_${(typeof AGREEMENT_TOPICS)[number]}`
  >;
  return {
    ...rest,
    topics: AGREEMENT_TOPICS.filter((topic) => input[topicFieldName(topic)] === 'on'),
    initialTermMonths: initialTermKind === 'months' ? (input.initialTermMonths ?? null) : null,
    initialTermUntil: initialTermKind === 'until' ? input.initialTermUntil : null,
    renewalMonths: input.renewalMonths ?? null,
    maxRenewals: input.renewalMonths !== undefined ? (input.maxRenewals ?? null) : null,
    noticeMonths: input.noticeMonths ?? null,
  };
}

export const CreateAgreementSchema = z
  .object({
    slug: z.string({ error: 'required' }).trim().toLowerCase().max(100, { error: 'tooLong' }).regex(SLUG, { error: 'slugFormat' }),
    ...agreementFields,
  })
  .superRefine(checkTerm)
  .transform(toColumns);
export type CreateAgreementInput = z.output<typeof CreateAgreementSchema>;

export const UpdateAgreementSchema = z
  .object({ id: IdField, version: VersionField, ...agreementFields })
  .superRefine(checkTerm)
  .transform(toColumns);
export type UpdateAgreementInput = z.output<typeof UpdateAgreementSchema>;

export const AddAgreementPartySchema = z.object({
  agreementId: IdField,
  version: VersionField,
  party: PartyReferenceField,
  roleKo: OptionalText(1000),
  roleEn: OptionalText(1000),
  signatoryKo: OptionalText(200),
  signatoryEn: OptionalText(200),
});
export type AddAgreementPartyInput = z.output<typeof AddAgreementPartySchema>;

export const RemoveAgreementPartySchema = z.object({ agreementId: IdField, version: VersionField, partyId: IdField });
export type RemoveAgreementPartyInput = z.output<typeof RemoveAgreementPartySchema>;

export const RecordAgreementNoticeSchema = z
  .object({
    agreementId: IdField,
    version: VersionField,
    kind: z.enum(AGREEMENT_NOTICE_KINDS, { error: choiceError('chooseKind') }),
    givenOn: DateField,
    lastDayInForce: z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), DateField.optional()),
    byPartyId: OptionalId,
    source: RequiredText(1000),
    note: OptionalText(1000),
  })
  .superRefine((input, context) => {
    if (input.kind === 'termination' && !input.lastDayInForce)
      context.addIssue({ code: 'custom', path: ['lastDayInForce'], message: 'required' });
    if (input.kind === 'non_renewal' && input.lastDayInForce)
      context.addIssue({ code: 'custom', path: ['lastDayInForce'], message: 'onlyForTermination' });
    if (input.lastDayInForce && input.lastDayInForce < input.givenOn)
      context.addIssue({ code: 'custom', path: ['lastDayInForce'], message: 'dateOrder' });
  });
export type RecordAgreementNoticeInput = z.output<typeof RecordAgreementNoticeSchema>;
