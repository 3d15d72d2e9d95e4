import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filters';
import { programmeComparison, yearTotals, type YearCodeRow } from './series';

const row = (year: number, code: string, total: bigint, allocations = 1, isApproximate = false): YearCodeRow => ({
  year,
  code,
  nameKo: `${code} ko`,
  nameEn: `${code} en`,
  allocations,
  total,
  isApproximate,
});
const ROWS = [
  row(2022, 'new-city', 720n, 8),
  row(2022, 'specialization', 320n, 16, true),
  row(2023, 'new-city', 630n, 7),
  row(2023, 'consortium', 240n, 4, true),
  row(2026, 'specialization', 300n, 10),
];

describe('the yearly series', () => {
  it('sums each year, with the change from the year before', () => {
    const years = yearTotals(ROWS, NO_FILTERS);
    expect(years.map((y) => [y.year, y.allocations, y.total, y.previousTotal, y.change, y.changeRatio])).toEqual([
      [2022, 24, 1040n, null, null, null],
      [2023, 11, 870n, 1040n, -170n, -0.1635],
      [2024, 0, 0n, 870n, -870n, -1],
      [2025, 0, 0n, 0n, 0n, null],
      [2026, 10, 300n, 0n, 300n, null],
    ]);
    expect(years[0]!.isApproximate).toBe(true);
  });

  it('shows the chosen year only, still compared with the year before', () => {
    expect(yearTotals(ROWS, { ...NO_FILTERS, year: 2023 })).toEqual([
      { year: 2023, allocations: 11, total: 870n, isApproximate: true, previousTotal: 1040n, change: -170n, changeRatio: -0.1635 },
    ]);
    expect(yearTotals([], NO_FILTERS)).toEqual([]);
  });

  it('compares each programme line in a year with the year before, lines of either year included', () => {
    const comparison = programmeComparison(ROWS, { ...NO_FILTERS, year: 2023 });
    expect(comparison?.previousYear).toBe(2022);
    expect(comparison?.lines.map((line) => [line.code, line.previousTotal, line.total, line.change, line.changeRatio])).toEqual([
      ['consortium', 0n, 240n, 240n, null],
      ['new-city', 720n, 630n, -90n, -0.125],
      ['specialization', 320n, 0n, -320n, -1],
    ]);
  });

  it('compares the latest year with money when no year is chosen, and nothing without data', () => {
    expect(programmeComparison(ROWS, NO_FILTERS)?.year).toBe(2026);
    expect(programmeComparison([], NO_FILTERS)).toBeNull();
    expect(programmeComparison(ROWS, { ...NO_FILTERS, year: 2030 })).toBeNull();
  });
});
