// zod pieces the registry's forms share. Every value arrives as a string from a form; an empty
// optional field means "none". Error texts are message keys ("Errors" namespace).
import { z } from 'zod';

const empty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A record id bound into a form; it comes from the client, so it is validated like any field. */
const idOf = <T>() =>
  z.coerce
    .number<T>({ error: 'invalid' })
    .int({ error: 'invalid' })
    .positive({ error: 'invalid' })
    .max(2_147_483_647, { error: 'invalid' });
export const IdField = idOf<unknown>();

/** The version the form started from (optimistic concurrency). */
export const VersionField = z.coerce
  .number({ error: 'invalid' })
  .int({ error: 'invalid' })
  .min(1, { error: 'invalid' })
  .max(2_147_483_647, { error: 'invalid' });

/** A calendar date, YYYY-MM-DD, that exists; as the UTC-midnight Date a `@db.Date` column holds. */
export const DateField = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'dateFormat' })
  .transform((value, context) => {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      context.addIssue({ code: 'custom', message: 'dateFormat' });
      return z.NEVER;
    }
    return date;
  })
  .refine((date) => date.getUTCFullYear() >= 1945 && date.getUTCFullYear() <= 2100, { error: 'dateOutOfRange' });

export const OptionalDateField = z.preprocess(empty, DateField.optional());

export const RequiredText = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });

export const OptionalText = (max: number) =>
  z.preprocess(empty, z.string().trim().max(max, { error: 'tooLong' }).optional()).transform((value) => value ?? null);

export const OptionalId = z.preprocess(empty, IdField.optional());

/** Programme years: the first designations were in 2001; a year after next is a typing mistake.
 * Evaluation years (issue 4) start in 2020 and may be planned some years ahead. */
export function yearField(options: { min?: number; maxAhead?: number } = {}) {
  const min = options.min ?? 2001;
  const maxAhead = options.maxAhead ?? 1;
  const error = options.min === undefined ? 'yearOutOfRange' : 'evaluationYearOutOfRange';
  return z.coerce
    .number({ error: 'yearFormat' })
    .int({ error: 'yearFormat' })
    .refine((year) => year >= min && year <= new Date().getFullYear() + maxAhead, { error });
}

/** Whether a form sent nothing for a field: no value, or only spaces. */
const isEmptyChoice = (input: unknown) => input === undefined || (typeof input === 'string' && input.trim() === '');

/**
 * A record chosen from a list. An empty choice is answered with the field's own message, which
 * says what to do ("시·도를 고르세요", GOV.UK's "Select …"), not "not a valid value".
 */
export const chosenId = (missing: string) => z.string({ error: missing }).trim().min(1, { error: missing }).pipe(idOf<string>());

/**
 * The error of a choice among fixed values (`z.enum(KINDS, { error: choiceError('chooseKind') })`):
 * an empty choice asks for one by name; anything else is not on the list.
 */
export const choiceError = (missing: string) => (issue: { input?: unknown }) => (isEmptyChoice(issue.input) ? missing : 'notAnOption');
