// The day the registry is viewed as of (/registry?asOf=YYYY-MM-DD), shared by the page and, later,
// the API. Client-safe. A malformed or out-of-range day falls back to today, and says so.
import { z } from 'zod';

/** The first designations were announced in 2001 (Ministry of Education). */
export const FIRST_DAY = '2001-01-01';

const realDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  });

export function parseAsOf(value: string | string[] | undefined, today: string): { asOf: string; isFallback: boolean } {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === '') return { asOf: today, isFallback: false };
  const parsed = realDay.safeParse(raw);
  if (!parsed.success || parsed.data < FIRST_DAY || parsed.data > today) return { asOf: today, isFallback: true };
  return { asOf: parsed.data, isFallback: false };
}
