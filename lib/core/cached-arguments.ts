// A cached read's own check of its arguments (issue 13). A 'use cache' function is compiled like a
// server function and can be reached directly with arguments of the caller's choosing, past the
// page or route that would have refused them (a 20,000-character search, the registry of 2099):
// each one with arguments checks them first, so what reaches the database and the cache is only
// what a route could have asked for.
import { z } from 'zod';
import { isRealDay } from './dates';

export class InvalidArgumentsError extends Error {
  constructor(read: string) {
    super(`Invalid arguments for ${read}`);
    this.name = 'InvalidArgumentsError';
  }
}

/** The arguments, parsed by `schema`, or an InvalidArgumentsError before anything is read. */
export function checkArguments<S extends z.ZodType>(read: string, schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentsError(read);
  return parsed.data;
}

/** A record's slug as routes accept it: lower-case ASCII words joined by hyphens. */
export const SlugArgument = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** A day that exists, between `first` and `last` (YYYY-MM-DD strings compare as dates). */
export const dayArgument = (first: string, last: () => string) =>
  z
    .string()
    .refine(isRealDay)
    .refine((day) => day >= first && day <= last());

export const LocaleArgument = z.enum(['ko', 'en']);
