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

export type YearTotal = {
  year: number;
  allocations: number;
  total: bigint;
  totalMin: bigint;
  isApproximate: boolean;
  /** The year before's total under the same filters (0 for a year without allocations between two
   * with some); null before the first year with money, where there is nothing to compare with. */
  previousTotal: bigint | null;
  change: bigint | null;
  changeRatio: number | null;
};

export type ProgrammeComparison = {
  year: number;
  previousYear: number;
  lines: (Names & {
    code: string;
    previousTotal: bigint;
    previousTotalMin: bigint;
    total: bigint;
    totalMin: bigint;
    /** Null when either side holds a range: a difference of ranges is not one figure. */
    change: bigint | null;
    changeRatio: number | null;
  })[];
};

const low = (row: { total: bigint; totalMin?: bigint }) => row.totalMin ?? row.total;

export function yearTotals(rows: YearCodeRow[], filters: SubsidyFilters): YearTotal[] {
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
  const recorded = [...byYear.keys()];
  if (recorded.length === 0) return [];
  const [first, last] = [Math.min(...recorded), Math.max(...recorded)];
  // Every year from the first to the last with money, so a year with none recorded shows as such
  // (0); before the first there is nothing to compare with.
  const years = filters.year !== null ? [filters.year] : range(first, last);
  return years.map((year) => {
    const current = byYear.get(year) ?? { allocations: 0, total: 0n, totalMin: 0n, isApproximate: false };
    const previous = byYear.get(year - 1);
    const previousTotal = previous?.total ?? (year - 1 >= first && year - 1 <= last ? 0n : null);
    // A difference involving a range is itself a range: no single change figure is given.
    const isRange = current.totalMin !== current.total || (previous !== undefined && previous.totalMin !== previous.total);
    return {
      year,
      ...current,
      previousTotal,
      change: previousTotal === null || isRange ? null : current.total - previousTotal,
      changeRatio: previousTotal === null || isRange ? null : changeRatio(previousTotal, current.total),
    };
  });
}

/** Each programme line in the chosen year (else the latest with money) against the year before. */
export function programmeComparison(rows: YearCodeRow[], filters: SubsidyFilters): ProgrammeComparison | null {
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
    const total = current?.total ?? 0n;
    const previousTotal = previous?.total ?? 0n;
    const totalMin = current ? low(current) : 0n;
    const previousTotalMin = previous ? low(previous) : 0n;
    const isRange = totalMin !== total || previousTotalMin !== previousTotal;
    return {
      code,
      nameKo: named.nameKo,
      nameEn: named.nameEn,
      previousTotal,
      previousTotalMin,
      total,
      totalMin,
      change: isRange ? null : total - previousTotal,
      changeRatio: isRange ? null : changeRatio(previousTotal, total),
    };
  });
  return { year, previousYear, lines };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
