// Association membership forms: a mayor (head of a designated local government) or a
// superintendent (of a district office of education); joined and left dates.
import { z } from 'zod';
import {
  choiceError,
  DateField,
  IdField,
  OptionalDateField,
  OptionalId,
  OptionalText,
  RequiredText,
  VersionField,
} from '@/lib/core/fields';

export const MEMBERSHIP_KINDS = ['mayor', 'superintendent'] as const;

export const CreateMembershipSchema = z
  .object({
    kind: z.enum(MEMBERSHIP_KINDS, { error: choiceError('chooseKind') }),
    localGovernmentId: OptionalId,
    officeId: OptionalId,
    joinedOn: OptionalDateField,
    source: RequiredText(500),
    note: OptionalText(1000),
  })
  .superRefine((input, context) => {
    if (input.kind === 'mayor' && input.localGovernmentId === undefined) {
      context.addIssue({ code: 'custom', path: ['localGovernmentId'], message: 'chooseLocalGovernment' });
    }
    if (input.kind === 'superintendent' && input.officeId === undefined) {
      context.addIssue({ code: 'custom', path: ['officeId'], message: 'chooseOffice' });
    }
  })
  .transform((input) => (input.kind === 'mayor' ? { ...input, officeId: undefined } : { ...input, localGovernmentId: undefined }));
export type CreateMembershipInput = z.output<typeof CreateMembershipSchema>;

export const UpdateMembershipSchema = z.object({
  id: IdField,
  version: VersionField,
  joinedOn: OptionalDateField,
  leftOn: OptionalDateField,
  source: RequiredText(500),
  note: OptionalText(1000),
});
export type UpdateMembershipInput = z.output<typeof UpdateMembershipSchema>;

export const RetireMembershipSchema = z.object({ id: IdField, version: VersionField, leftOn: DateField });
export type RetireMembershipInput = z.output<typeof RetireMembershipSchema>;
