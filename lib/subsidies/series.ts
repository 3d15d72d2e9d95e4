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
  /** The lower bound of the total when amounts in it were announced as ranges; else the total. */
  totalMin?: bigint;
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
  /** The total's lower bound when amounts in it were announced as ranges; else the total (null as it). */
  totalMin: bigint | null;
  isApproximate: boolean;
  previousTotal: bigint | null;
  previousTotalMin: bigint | null;
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
    previousTotalMin: bigint | null;
    total: bigint | null;
    totalMin: bigint | null;
    /** Null when either side is not recorded or holds a range: a difference of ranges is not one figure. */
    change: bigint | null;
    changeRatio: number | null;
  })[];
};

const low = (row: { total: bigint; totalMin?: bigint }) => row.totalMin ?? row.total;

const lineKey = (year: number, code: string) => `${year}:${code}`;

/** The years (within the programme filter) and programme-years whose allocations are recorded. */
function coverage(recorded: RecordedLine[], filters: SubsidyFilters) {
  const inView = recorded.filter((line) => !filters.programme || line.code === filters.programme);
  return { years: new Set(inView.map((line) => line.year)), lines: new Set(inView.map((line) => lineKey(line.year, line.code))) };
}

/** A sum and its lower bound (equal unless a range enters it); null where not recorded. */
type Sum = { total: bigint; totalMin: bigint } | null;

/**
 * The change between two sums: none where either is not recorded (issue 14), and none where either
 * holds a range (issue 12: a difference involving a range is no single figure).
 */
const change = (previous: Sum, current: Sum) =>
  previous === null || current === null || previous.totalMin !== previous.total || current.totalMin !== current.total
    ? { change: null, changeRatio: null }
    : { change: current.total - previous.total, changeRatio: changeRatio(previous.total, current.total) };

export function yearTotals(rows: YearCodeRow[], filters: SubsidyFilters, recorded: RecordedLine[]): YearTotal[] {
  const covered = coverage(recorded, filters).years;
  const byYear = new Map<number, { allocations: number; total: bigint; totalMin: bigint; isApproximate: boolean }>();
  for (const row of rows) {
    const year = byYear.get(row.year) ?? { allocations: 0, total: 0n, totalMin: 0n, isApproximate: false };
    byYear.set(row.year, {
      allocations: year.allocations + row.allocations,
      total: year.total + row.total,
      totalMin: year.totalMin + low(row),
      isApproximate: year.isApproximate || row.isApproximate,
    });
  }
  const withMoney = [...byYear.keys()];
  if (withMoney.length === 0) return [];
  const [first, last] = [Math.min(...withMoney), Math.max(...withMoney)];
  // Every year from the first to the last with money, so a year between them shows as what it is:
  // not recorded, or a recorded year in which the filters find nothing (0).
  const years = filters.year !== null ? [filters.year] : range(first, last);
  // A year with money is its sum; a recorded year in which the filters find nothing is 0; else null.
  const sumIn = (year: number): Sum => byYear.get(year) ?? (covered.has(year) ? { total: 0n, totalMin: 0n } : null);
  return years.map((year) => {
    const isRecorded = byYear.has(year) || covered.has(year);
    const current = sumIn(year);
    const previous = year - 1 >= first ? sumIn(year - 1) : null;
    return {
      year,
      isRecorded,
      allocations: byYear.get(year)?.allocations ?? (isRecorded ? 0 : null),
      total: current?.total ?? null,
      totalMin: current?.totalMin ?? null,
      isApproximate: byYear.get(year)?.isApproximate ?? false,
      previousTotal: previous?.total ?? null,
      previousTotalMin: previous?.totalMin ?? null,
      ...change(previous, current),
    };
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
    // A line with money is its sum; a recorded programme-year the filters find empty is 0; else null.
    const sumIn = (row: YearCodeRow | undefined, inYear: number): Sum =>
      row ? { total: row.total, totalMin: low(row) } : covered.has(lineKey(inYear, code)) ? { total: 0n, totalMin: 0n } : null;
    const sum = sumIn(current, year);
    const previousSum = sumIn(previous, previousYear);
    return {
      code,
      nameKo: named.nameKo,
      nameEn: named.nameEn,
      previousTotal: previousSum?.total ?? null,
      previousTotalMin: previousSum?.totalMin ?? null,
      total: sum?.total ?? null,
      totalMin: sum?.totalMin ?? null,
      ...change(previousSum, sum),
    };
  });
  return { year, previousYear, lines };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
