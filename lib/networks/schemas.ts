// Staff forms for networks, memberships and roles (issue 15). Dates are partial: a year, a month
// or a day, as precise as the source. An application has no joining date until a source confirms it.
import { z } from 'zod';
import { choiceError, IdField, OptionalText, RequiredText, VersionField } from '@/lib/core/fields';
import { isNotAfter, OptionalPartialDateField } from '@/lib/core/partial-date';
import { PartyReferenceField } from '@/lib/organisations/schemas';

export const NETWORK_MEMBERSHIP_STATUSES = ['applied', 'member', 'left'] as const;

const OptionalUrl = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z
    .url({ error: 'urlFormat', protocol: /^https?$/ })
    .max(500, { error: 'tooLong' })
    .optional(),
);

export const UpdateNetworkSchema = z.object({
  id: IdField,
  version: VersionField,
  nameKo: RequiredText(200),
  nameEn: RequiredText(200),
  shortKo: RequiredText(40),
  shortEn: RequiredText(40),
  foundedOn: OptionalPartialDateField,
  descriptionKo: RequiredText(2000),
  descriptionEn: RequiredText(2000),
  url: OptionalUrl.transform((value) => value ?? null),
  source: RequiredText(1000),
});
export type UpdateNetworkInput = z.output<typeof UpdateNetworkSchema>;

const membershipFields = {
  status: z.enum(NETWORK_MEMBERSHIP_STATUSES, { error: choiceError('chooseStatus') }),
  appliedOn: OptionalPartialDateField,
  joinedOn: OptionalPartialDateField,
  leftOn: OptionalPartialDateField,
  source: RequiredText(1000),
  quote: OptionalText(2000),
  note: OptionalText(1000),
};

type MembershipDates = { status: string; appliedOn: string | null; joinedOn: string | null; leftOn: string | null };

function checkMembershipDates(input: MembershipDates, context: z.RefinementCtx) {
  if (input.status === 'applied' && input.joinedOn) context.addIssue({ code: 'custom', path: ['joinedOn'], message: 'appliedNotJoined' });
  if (input.status !== 'left' && input.leftOn) context.addIssue({ code: 'custom', path: ['leftOn'], message: 'leftOnlyWhenLeft' });
  if (input.joinedOn && input.leftOn && !isNotAfter(input.joinedOn, input.leftOn)) {
    context.addIssue({ code: 'custom', path: ['leftOn'], message: 'dateOrder' });
  }
  if (input.appliedOn && input.joinedOn && !isNotAfter(input.appliedOn, input.joinedOn)) {
    context.addIssue({ code: 'custom', path: ['joinedOn'], message: 'dateOrder' });
  }
}

export const CreateNetworkMembershipSchema = z
  .object({ networkId: IdField, member: PartyReferenceField, ...membershipFields })
  .superRefine(checkMembershipDates);
export type CreateNetworkMembershipInput = z.output<typeof CreateNetworkMembershipSchema>;

export const UpdateNetworkMembershipSchema = z
  .object({ id: IdField, version: VersionField, ...membershipFields })
  .superRefine(checkMembershipDates);
export type UpdateNetworkMembershipInput = z.output<typeof UpdateNetworkMembershipSchema>;

export const AddNetworkRoleSchema = z
  .object({
    membershipId: IdField,
    version: VersionField,
    titleKo: RequiredText(300),
    titleEn: RequiredText(300),
    startedOn: OptionalPartialDateField,
    endedOn: OptionalPartialDateField,
    source: RequiredText(1000),
    quote: OptionalText(2000),
  })
  .superRefine((input, context) => {
    if (input.startedOn && input.endedOn && !isNotAfter(input.startedOn, input.endedOn)) {
      context.addIssue({ code: 'custom', path: ['endedOn'], message: 'dateOrder' });
    }
  });
export type AddNetworkRoleInput = z.output<typeof AddNetworkRoleSchema>;
