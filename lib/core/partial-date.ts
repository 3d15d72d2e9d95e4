// Dates as precise as their sources: a year ("joined in 2016"), a month ("applied in February
// 2025") or a day. Stored as ISO text of that precision ('2016', '2025-02', '2025-02-25'), which
// sorts as dates do; never padded to a day a source does not give (issue 15: "where a date is
// only a year, keep the year").
import { z } from 'zod';

export type PartialDate = string;
export type Precision = 'year' | 'month' | 'day';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether a text is a partial date that exists: 2024-02-29 yes, 2025-02-29 and 2025-13 no. */
export function isPartialDate(value: string): boolean {
  const match = PATTERN.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day !== undefined) {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }
  return true;
}

export function precisionOf(value: PartialDate): Precision {
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day the partial date can mean: 2016 → 2016-01-01. */
export function firstDayOf(value: PartialDate): string {
  return precisionOf(value) === 'year' ? `${value}-01-01` : precisionOf(value) === 'month' ? `${value}-01` : value;
}

/** The last day the partial date can mean: 2025-12 → 2025-12-31, 2024-02 → 2024-02-29. */
export function lastDayOf(value: PartialDate): string {
  const precision = precisionOf(value);
  if (precision === 'day') return value;
  if (precision === 'year') return `${value}-12-31`;
  const [year, month] = value.split('-').map(Number) as [number, number];
  return `${value}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** A partial date as a Date and the Intl options that show only what is known (read in Asia/Seoul). */
export type PartialDateOptions = { year: 'numeric'; month?: 'long' } | { dateStyle: 'long' };

export function partialDateFormat(value: PartialDate): { date: Date; options: PartialDateOptions } {
  const date = new Date(`${firstDayOf(value)}T00:00:00Z`);
  const precision = precisionOf(value);
  if (precision === 'year') return { date, options: { year: 'numeric' } };
  if (precision === 'month') return { date, options: { year: 'numeric', month: 'long' } };
  return { date, options: { dateStyle: 'long' } };
}

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A form's partial date: 2016, 2016-03 or 2016-03-29, that exists, between 1945 and 2100 (error texts are message keys). */
export const PartialDateField = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .refine(isPartialDate, { error: 'partialDateFormat' })
  .refine((value) => Number(value.slice(0, 4)) >= 1945 && Number(value.slice(0, 4)) <= 2100, { error: 'dateOutOfRange' });

/** The same, optional: an empty field means unknown (null). */
export const OptionalPartialDateField = z.preprocess(emptyToUndefined, PartialDateField.optional()).transform((value) => value ?? null);

/** Whether `a` cannot be later than `b` at their common precision (2016-03 and 2016 may be the same). */
export function isNotAfter(a: PartialDate, b: PartialDate): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) <= b.slice(0, length);
}
