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
      {
        year: 2023,
        allocations: 11,
        total: 870n,
        totalMin: 870n,
        isApproximate: true,
        previousTotal: 1040n,
        change: -170n,
        changeRatio: -0.1635,
      },
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

  it('gives a year holding a range as a range, and no single change figure from or to it (2025: amounts announced as 50–60 million)', () => {
    const withRange = [...ROWS, { ...row(2027, 'new-city', 180n, 3), totalMin: 150n }, row(2028, 'new-city', 200n, 2)];
    const years = yearTotals(withRange, NO_FILTERS);
    expect(years.find((y) => y.year === 2027)).toMatchObject({ total: 180n, totalMin: 150n, change: null, changeRatio: null });
    expect(years.find((y) => y.year === 2028)).toMatchObject({ total: 200n, totalMin: 200n, change: null, changeRatio: null });
    const comparison = programmeComparison(withRange, { ...NO_FILTERS, year: 2027 });
    expect(comparison?.lines.find((line) => line.code === 'new-city')).toMatchObject({ total: 180n, totalMin: 150n, change: null });
  });

  it('compares the latest year with money when no year is chosen, and nothing without data', () => {
    expect(programmeComparison(ROWS, NO_FILTERS)?.year).toBe(2026);
    expect(programmeComparison([], NO_FILTERS)).toBeNull();
    expect(programmeComparison(ROWS, { ...NO_FILTERS, year: 2030 })).toBeNull();
  });
});
