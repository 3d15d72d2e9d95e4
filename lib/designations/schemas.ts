// Designation forms: a new learning city, a correction, and the end of a designation.
import { z } from 'zod';
import { DateField, IdField, OptionalId, OptionalText, RequiredText, VersionField, yearField } from '@/lib/registry/fields';

const DesignationFields = {
  announcementId: OptionalId,
  /** Where the fact comes from: an announcement, an article, a document. */
  source: RequiredText(500),
  note: OptionalText(1000),
};

export const CreateDesignationSchema = z.object({ localGovernmentId: IdField, firstYear: yearField(), ...DesignationFields });
export type CreateDesignationInput = z.output<typeof CreateDesignationSchema>;

/** A year left empty keeps a designation whose year no source gives (the Chungbuk cities of 2019). */
export const UpdateDesignationSchema = z.object({
  id: IdField,
  version: VersionField,
  firstYear: z.preprocess((value) => (value === '' ? undefined : value), yearField().optional()),
  ...DesignationFields,
});
export type UpdateDesignationInput = z.output<typeof UpdateDesignationSchema>;

export const ENDED_STATUSES = ['cancelled', 'withdrawn'] as const;

export const RetireDesignationSchema = z.object({
  id: IdField,
  version: VersionField,
  status: z.enum(ENDED_STATUSES, { error: 'notAnOption' }),
  endedOn: DateField,
  note: OptionalText(1000),
});
export type RetireDesignationInput = z.output<typeof RetireDesignationSchema>;
