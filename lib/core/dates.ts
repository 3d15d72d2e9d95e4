// Days as the registry counts them: Korean calendar dates (house style §8), held by `@db.Date`
// columns as UTC midnight.

/** Dates in the registry are Korean calendar dates. */
export const TIME_ZONE = 'Asia/Seoul';

/** Today's calendar date in Korea, as the UTC-midnight Date that `@db.Date` columns hold. */
export function todayInKorea(now: Date = new Date()): Date {
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return new Date(`${ymd}T00:00:00Z`);
}

/** A `@db.Date` value as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A YYYY-MM-DD date as a Date for formatting (UTC midnight, read in Asia/Seoul). */
export function fromIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Whether a string is a calendar day that exists, written YYYY-MM-DD (not 9999-99-99, not 2026-02-30). */
export function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The one way a moment is shown to staff (issue 14: the audit page mixed "AM 12:54" and "오전"):
 * a medium date and a 24-hour time in Korea, "2026. 12. 1. 20:49" / "1 Dec 2026, 20:49".
 */
export const MOMENT_FORMAT = { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: TIME_ZONE } as const;
