// Offices of education: names, the local governments a district office covers, and retirement.
import { z } from 'zod';
import { chosenId, DateField, IdField, OptionalId, RequiredText, VersionField } from '@/lib/core/fields';

export const UpdateOfficeSchema = z.object({
  id: IdField,
  version: VersionField,
  nameKo: RequiredText(80),
  nameEn: RequiredText(120),
  shortKo: RequiredText(40),
});
export type UpdateOfficeInput = z.output<typeof UpdateOfficeSchema>;

/** The office covers a local government from a date; whichever office covered it before stops that day. */
export const AddJurisdictionSchema = z.object({
  officeId: IdField,
  version: VersionField,
  localGovernmentId: chosenId('chooseLocalGovernment'),
  validFrom: DateField,
});
export type AddJurisdictionInput = z.output<typeof AddJurisdictionSchema>;

export const EndJurisdictionSchema = z.object({ officeId: IdField, version: VersionField, jurisdictionId: IdField, validUntil: DateField });
export type EndJurisdictionInput = z.output<typeof EndJurisdictionSchema>;

export const RetireOfficeSchema = z.object({ id: IdField, version: VersionField, abolishedOn: DateField, successorId: OptionalId });
export type RetireOfficeInput = z.output<typeof RetireOfficeSchema>;
