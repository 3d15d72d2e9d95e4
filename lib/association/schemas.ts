// Staff forms for the association's officers and their terms (issue 15). Dates are partial.
import { z } from 'zod';
import { choiceError, IdField, OptionalText, RequiredText, VersionField } from '@/lib/core/fields';
import { isNotAfter, OptionalPartialDateField } from '@/lib/core/partial-date';
import { PartyReferenceField } from '@/lib/organisations/schemas';

export const OFFICER_ROLES = [
  'chair',
  'senior_vice_chair',
  'vice_chair',
  'secretary_general',
  'director',
  'auditor',
  'regional_representative',
] as const;

const optionalOrdinal = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.coerce
    .number({ error: 'numberFormat' })
    .int({ error: 'numberFormat' })
    .min(1, { error: 'numberOutOfRange' })
    .max(100, { error: 'numberOutOfRange' })
    .optional(),
);

const officerFields = {
  role: z.enum(OFFICER_ROLES, { error: choiceError('chooseRole') }),
  termOrdinal: optionalOrdinal.transform((value) => value ?? null),
  personKo: OptionalText(100),
  personEn: OptionalText(100),
  representsKo: OptionalText(100),
  representsEn: OptionalText(100),
  startedOn: OptionalPartialDateField,
  endedOn: OptionalPartialDateField,
  source: RequiredText(1000),
  quote: OptionalText(2000),
  note: OptionalText(1000),
};

type OfficerCheck = { personKo: string | null; personEn: string | null; startedOn: string | null; endedOn: string | null };
function checkOfficer(input: OfficerCheck, context: z.RefinementCtx) {
  // A person is named in both languages or not at all: never a name made up for one of them.
  if ((input.personKo === null) !== (input.personEn === null)) {
    context.addIssue({ code: 'custom', path: [input.personKo === null ? 'personKo' : 'personEn'], message: 'namePair' });
  }
  if (input.startedOn && input.endedOn && !isNotAfter(input.startedOn, input.endedOn)) {
    context.addIssue({ code: 'custom', path: ['endedOn'], message: 'dateOrder' });
  }
}

export const CreateOfficerSchema = z.object({ member: PartyReferenceField, ...officerFields }).superRefine(checkOfficer);
export type CreateOfficerInput = z.output<typeof CreateOfficerSchema>;

export const UpdateOfficerSchema = z.object({ id: IdField, version: VersionField, ...officerFields }).superRefine(checkOfficer);
export type UpdateOfficerInput = z.output<typeof UpdateOfficerSchema>;
