// The staff forms that create, correct, rename and retire local governments (issue 3).
import { z } from 'zod';
import { choiceError, chosenId, DateField, IdField, OptionalDateField, OptionalText, RequiredText, VersionField } from '@/lib/core/fields';

export const LOCAL_GOVERNMENT_KINDS = ['si', 'gun', 'gu', 'special_city', 'admin_city'] as const;

const LocalGovernmentFields = {
  /** The five-digit legal-dong code (행정표준코드), e.g. 11620 for 관악구. */
  code: z
    .string({ error: 'required' })
    .trim()
    .regex(/^\d{5}$/, { error: 'codeFormat' }),
  kind: z.enum(LOCAL_GOVERNMENT_KINDS, { error: choiceError('chooseKind') }),
  nameKo: RequiredText(40).refine((name) => /^[가-힣0-9 ·]+$/.test(name), { error: 'koreanNameFormat' }),
  nameEn: RequiredText(80).refine((name) => /^[A-Za-z0-9 .'’()-]+$/.test(name), { error: 'englishNameFormat' }),
  regionId: chosenId('chooseRegion'),
};

export const CreateLocalGovernmentSchema = z.object({ ...LocalGovernmentFields, establishedOn: OptionalDateField });
export type CreateLocalGovernmentInput = z.output<typeof CreateLocalGovernmentSchema>;

export const UpdateLocalGovernmentSchema = z.object({ id: IdField, version: VersionField, ...LocalGovernmentFields });
export type UpdateLocalGovernmentInput = z.output<typeof UpdateLocalGovernmentSchema>;

export const RenameLocalGovernmentSchema = z.object({
  id: IdField,
  version: VersionField,
  effectiveOn: DateField,
  ...LocalGovernmentFields,
  note: OptionalText(500),
});
export type RenameLocalGovernmentInput = z.output<typeof RenameLocalGovernmentSchema>;

export const RetireLocalGovernmentSchema = z.object({ id: IdField, version: VersionField, abolishedOn: DateField });
export type RetireLocalGovernmentInput = z.output<typeof RetireLocalGovernmentSchema>;
