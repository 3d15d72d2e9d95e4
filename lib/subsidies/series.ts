// The yearly series of the dashboard, from totals per year and programme line (one SQL query):
// every year in view with the change from the year before, and each programme line in one year
// against the year before. Pure, so the arithmetic is unit-tested (series.test.ts).
import { changeRatio } from './arithmetic';
import type { SubsidyFilters } from './filters';

type Names = { nameKo: string; nameEn: string };

/** Allocations and their sum for one programme line in one year. */
export type YearCodeRow = {
  year: number;
  code: string;
  nameKo: string;
  nameEn: string;
  allocations: number;
  total: bigint;
  isApproximate: boolean;
};

/** A programme line in a year whose allocations are recorded (any recipient; drafts aside). */
export type RecordedLine = { year: number; code: string };

/**
 * A year's figures. Allocations and total are null when the year's allocations are not recorded
 * at all (issue 14: an unknown reads as "not recorded", never as 0); a recorded year in which the
 * filters find nothing is a real 0. Changes are null where either year is not recorded, or before
 * the first year with money, where there is nothing to compare with.
 */
export type YearTotal = {
  year: number;
  isRecorded: boolean;
  allocations: number | null;
  total: bigint | null;
  isApproximate: boolean;
  previousTotal: bigint | null;
  change: bigint | null;
  changeRatio: number | null;
};

/** A line's totals in the two years; null where that programme-year's allocations are not recorded. */
export type ProgrammeComparison = {
  year: number;
  previousYear: number;
  lines: (Names & {
    code: string;
    previousTotal: bigint | null;
    total: bigint | null;
    change: bigint | null;
    changeRatio: number | null;
  })[];
};

const lineKey = (year: number, code: string) => `${year}:${code}`;

/** The years (within the programme filter) and programme-years whose allocations are recorded. */
function coverage(recorded: RecordedLine[], filters: SubsidyFilters) {
  const inView = recorded.filter((line) => !filters.programme || line.code === filters.programme);
  return { years: new Set(inView.map((line) => line.year)), lines: new Set(inView.map((line) => lineKey(line.year, line.code))) };
}

const change = (previous: bigint | null, current: bigint | null) =>
  previous === null || current === null
    ? { change: null, changeRatio: null }
    : { change: current - previous, changeRatio: changeRatio(previous, current) };

export function yearTotals(rows: YearCodeRow[], filters: SubsidyFilters, recorded: RecordedLine[]): YearTotal[] {
  const covered = coverage(recorded, filters).years;
  const byYear = new Map<number, { allocations: number; total: bigint; isApproximate: boolean }>();
  for (const row of rows) {
    const year = byYear.get(row.year) ?? { allocations: 0, total: 0n, isApproximate: false };
    byYear.set(row.year, {
      allocations: year.allocations + row.allocations,
      total: year.total + row.total,
      isApproximate: year.isApproximate || row.isApproximate,
    });
  }
  const withMoney = [...byYear.keys()];
  if (withMoney.length === 0) return [];
  const [first, last] = [Math.min(...withMoney), Math.max(...withMoney)];
  // Every year from the first to the last with money, so a year between them shows as what it is:
  // not recorded, or a recorded year in which the filters find nothing (0).
  const years = filters.year !== null ? [filters.year] : range(first, last);
  const totalOf = (year: number): bigint | null => byYear.get(year)?.total ?? (covered.has(year) ? 0n : null);
  return years.map((year) => {
    const isRecorded = byYear.has(year) || covered.has(year);
    const current = byYear.get(year) ?? { allocations: isRecorded ? 0 : null, total: totalOf(year), isApproximate: false };
    const previousTotal = year - 1 >= first ? totalOf(year - 1) : null;
    return { year, isRecorded, ...current, previousTotal, ...change(previousTotal, current.total) };
  });
}

/** Each programme line in the chosen year (else the latest with money) against the year before. */
export function programmeComparison(rows: YearCodeRow[], filters: SubsidyFilters, recorded: RecordedLine[]): ProgrammeComparison | null {
  const covered = coverage(recorded, filters).lines;
  const year = filters.year ?? Math.max(...rows.map((row) => row.year));
  if (!Number.isFinite(year)) return null;
  const previousYear = year - 1;
  const inPair = rows.filter((row) => row.year === year || row.year === previousYear);
  if (inPair.length === 0) return null;
  const codes = [...new Set(inPair.map((row) => row.code))].sort();
  const lines = codes.map((code) => {
    const current = inPair.find((row) => row.code === code && row.year === year);
    const previous = inPair.find((row) => row.code === code && row.year === previousYear);
    const named = current ?? previous!;
    const total = current?.total ?? (covered.has(lineKey(year, code)) ? 0n : null);
    const previousTotal = previous?.total ?? (covered.has(lineKey(previousYear, code)) ? 0n : null);
    return { code, nameKo: named.nameKo, nameEn: named.nameEn, previousTotal, total, ...change(previousTotal, total) };
  });
  return { year, previousYear, lines };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
