// The day the registry is viewed as of (/registry?asOf=YYYY-MM-DD), shared by the page and, later,
// the API. Client-safe. A malformed or out-of-range day falls back to today, and says so.
import { z } from 'zod';
import { isRealDay } from '@/lib/core/dates';

/** The first designations were announced in 2001 (Ministry of Education). */
export const FIRST_DAY = '2001-01-01';

const realDay = z.string().refine(isRealDay);

export function parseAsOf(value: string | string[] | undefined, today: string): { asOf: string; isFallback: boolean } {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === '') return { asOf: today, isFallback: false };
  const parsed = realDay.safeParse(raw);
  if (!parsed.success || parsed.data < FIRST_DAY || parsed.data > today) return { asOf: today, isFallback: true };
  return { asOf: parsed.data, isFallback: false };
}
