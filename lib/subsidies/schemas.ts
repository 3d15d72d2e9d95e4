// Forms of the subsidy figures: programmes and their allocations. Shared by the forms and the
// actions; error texts are message keys ("Errors" namespace). Money is integer won, as BigInt.
import { z } from 'zod';
import { choiceError, chosenId, IdField, OptionalId, OptionalText, RequiredText, VersionField, yearField } from '@/lib/core/fields';

/** Ten trillion won bounds typing mistakes (the whole programme is about a billion a year). */
export const MAX_WON = 10_000_000_000_000n;

/** An amount in won as typed: digits, with thousands separators or spaces allowed ("90,000,000"). */
export const WonField = z
  .string({ error: 'required' })
  .transform((value) => value.replace(/[\s,]/g, ''))
  .pipe(
    z
      .string()
      .min(1, { error: 'required' })
      .regex(/^\d{1,16}$/, { error: 'amountFormat' }),
  )
  .transform((value) => BigInt(value))
  .refine((amount) => amount >= 1n && amount <= MAX_WON, { error: 'amountOutOfRange' });

export const OptionalWonField = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  WonField.optional(),
);

/** A checkbox: sent as "on" (or "true") when ticked, absent when not. */
export const CheckboxField = z.preprocess((value) => value === 'on' || value === 'true', z.boolean());

export const RECIPIENT_KINDS = ['local_government', 'region'] as const;
export const ALLOCATION_STATUSES = ['draft', 'announced', 'disbursed', 'returned'] as const;

const ProgrammeFields = {
  /** The programme line across years: lower-case ASCII words joined by hyphens ('new-city'). */
  code: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(40, { error: 'tooLong' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'programmeCodeFormat' }),
  year: yearField(),
  nameKo: RequiredText(200),
  nameEn: RequiredText(200),
  purposeKo: OptionalText(1000),
  purposeEn: OptionalText(1000),
  eligibilityKo: OptionalText(1000),
  eligibilityEn: OptionalText(1000),
  recipientKind: z.enum(RECIPIENT_KINDS, { error: choiceError('chooseRecipientKind') }),
  amountPerRecipient: OptionalWonField,
  isAmountApproximate: CheckboxField,
  announcementId: OptionalId,
};

export const CreateProgrammeSchema = z.object(ProgrammeFields);
export type CreateProgrammeInput = z.output<typeof CreateProgrammeSchema>;

export const UpdateProgrammeSchema = z.object({ id: IdField, version: VersionField, ...ProgrammeFields });
export type UpdateProgrammeInput = z.output<typeof UpdateProgrammeSchema>;

export const DeleteProgrammeSchema = z.object({ id: IdField, version: VersionField });
export type DeleteProgrammeInput = z.output<typeof DeleteProgrammeSchema>;

const AllocationFields = {
  /** One of the two, as the programme's recipient kind says (checked by the mutation and the database). */
  localGovernmentId: OptionalId,
  regionId: OptionalId,
  amount: WonField,
  isAmountApproximate: CheckboxField,
  announcementId: OptionalId,
  note: OptionalText(1000),
};

export const CreateAllocationSchema = z.object({
  programmeId: chosenId('chooseProgramme'),
  status: z.enum(ALLOCATION_STATUSES, { error: choiceError('chooseStatus') }),
  ...AllocationFields,
});
export type CreateAllocationInput = z.output<typeof CreateAllocationSchema>;

export const UpdateAllocationSchema = z.object({ id: IdField, version: VersionField, ...AllocationFields });
export type UpdateAllocationInput = z.output<typeof UpdateAllocationSchema>;

/** Announced → disbursed → returned, or back when a record was wrong; a draft is not public. */
export const ChangeAllocationStatusSchema = z.object({
  id: IdField,
  version: VersionField,
  status: z.enum(ALLOCATION_STATUSES, { error: 'notAnOption' }),
  note: OptionalText(1000),
});
export type ChangeAllocationStatusInput = z.output<typeof ChangeAllocationStatusSchema>;

export const DeleteAllocationSchema = z.object({ id: IdField, version: VersionField });
export type DeleteAllocationInput = z.output<typeof DeleteAllocationSchema>;
