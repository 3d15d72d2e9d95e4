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

export type YearTotal = {
  year: number;
  allocations: number;
  total: bigint;
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
  lines: (Names & { code: string; previousTotal: bigint; total: bigint; change: bigint; changeRatio: number | null })[];
};

export function yearTotals(rows: YearCodeRow[], filters: SubsidyFilters): YearTotal[] {
  const byYear = new Map<number, { allocations: number; total: bigint; isApproximate: boolean }>();
  for (const row of rows) {
    const year = byYear.get(row.year) ?? { allocations: 0, total: 0n, isApproximate: false };
    byYear.set(row.year, {
      allocations: year.allocations + row.allocations,
      total: year.total + row.total,
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
    const current = byYear.get(year) ?? { allocations: 0, total: 0n, isApproximate: false };
    const previousTotal = byYear.get(year - 1)?.total ?? (year - 1 >= first && year - 1 <= last ? 0n : null);
    return {
      year,
      ...current,
      previousTotal,
      change: previousTotal === null ? null : current.total - previousTotal,
      changeRatio: previousTotal === null ? null : changeRatio(previousTotal, current.total),
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
    return {
      code,
      nameKo: named.nameKo,
      nameEn: named.nameEn,
      previousTotal,
      total,
      change: total - previousTotal,
      changeRatio: changeRatio(previousTotal, total),
    };
  });
  return { year, previousYear, lines };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
