// Forms for organisations outside the registry (agencies, associations, international bodies,
// foreign cities) and the reference a form uses to name any party: 'lg:12', 'region:3',
// 'office:40' (a record of the registry, its organisation made on first use) or 'org:7'.
import { z } from 'zod';
import { choiceError, IdField, OptionalText, RequiredText, VersionField } from '@/lib/core/fields';
import { NAMED_KINDS } from './refs';

export const PartyReferenceField = z
  .string({ error: 'chooseParty' })
  .trim()
  .min(1, { error: 'chooseParty' })
  .regex(/^(lg|region|office|org):[1-9][0-9]{0,9}$/, { error: 'notAnOption' })
  .transform((value) => {
    const [kind, id] = value.split(':') as ['lg' | 'region' | 'office' | 'org', string];
    return { kind, id: Number(id) };
  })
  .refine((reference) => reference.id <= 2_147_483_647, { error: 'notAnOption' });
export type PartyReference = z.output<typeof PartyReferenceField>;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const OptionalUrl = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z
    .url({ error: 'urlFormat', protocol: /^https?$/ })
    .max(500, { error: 'tooLong' })
    .optional(),
);

const organisationFields = {
  kind: z.enum(NAMED_KINDS, { error: choiceError('chooseKind') }),
  nameKo: RequiredText(200),
  nameEn: RequiredText(200),
  countryKo: OptionalText(100),
  countryEn: OptionalText(100),
  url: OptionalUrl.transform((value) => value ?? null),
  note: OptionalText(1000),
};

export const CreateOrganisationSchema = z.object({
  slug: z.string({ error: 'required' }).trim().toLowerCase().max(80, { error: 'tooLong' }).regex(SLUG, { error: 'slugFormat' }),
  ...organisationFields,
});
export type CreateOrganisationInput = z.output<typeof CreateOrganisationSchema>;

export const UpdateOrganisationSchema = z.object({ id: IdField, version: VersionField, ...organisationFields });
export type UpdateOrganisationInput = z.output<typeof UpdateOrganisationSchema>;
