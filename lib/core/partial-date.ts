// Dates as precise as their sources: a year ("joined in 2016"), a month ("applied in February
// 2025") or a day. Stored as ISO text of that precision ('2016', '2025-02', '2025-02-25'), which
// sorts as dates do; never padded to a day a source does not give (issue 15: "where a date is
// only a year, keep the year").
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
export function partialDateFormat(value: PartialDate): { date: Date; options: Intl.DateTimeFormatOptions } {
  const date = new Date(`${firstDayOf(value)}T00:00:00Z`);
  const precision = precisionOf(value);
  if (precision === 'year') return { date, options: { year: 'numeric' } };
  if (precision === 'month') return { date, options: { year: 'numeric', month: 'long' } };
  return { date, options: { dateStyle: 'long' } };
}
