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
/** Every line of ROWS is recorded; 2024 new-city is recorded with nothing in the filters' view. */
const RECORDED = [
  { year: 2022, code: 'new-city' },
  { year: 2022, code: 'specialization' },
  { year: 2023, code: 'new-city' },
  { year: 2023, code: 'consortium' },
  { year: 2023, code: 'specialization' },
  { year: 2024, code: 'new-city' },
  { year: 2026, code: 'specialization' },
];
const ROWS = [
  row(2022, 'new-city', 720n, 8),
  row(2022, 'specialization', 320n, 16, true),
  row(2023, 'new-city', 630n, 7),
  row(2023, 'consortium', 240n, 4, true),
  row(2026, 'specialization', 300n, 10),
];

describe('the yearly series', () => {
  it('sums each year, with the change from the year before', () => {
    const years = yearTotals(ROWS, NO_FILTERS, RECORDED);
    expect(years.map((y) => [y.year, y.allocations, y.total, y.previousTotal, y.change, y.changeRatio])).toEqual([
      [2022, 24, 1040n, null, null, null],
      [2023, 11, 870n, 1040n, -170n, -0.1635],
      // Recorded, and nothing in view: a real 0.
      [2024, 0, 0n, 870n, -870n, -1],
      // Not recorded (issue 14): neither 0 nor −100 %, and no change to or from it.
      [2025, null, null, 0n, null, null],
      [2026, 10, 300n, null, null, null],
    ]);
    expect(years.map((y) => y.isRecorded)).toEqual([true, true, true, false, true]);
    expect(years[0]!.isApproximate).toBe(true);
  });

  it('shows the chosen year only, still compared with the year before', () => {
    expect(yearTotals(ROWS, { ...NO_FILTERS, year: 2023 }, RECORDED)).toEqual([
      {
        year: 2023,
        isRecorded: true,
        allocations: 11,
        total: 870n,
        totalMin: 870n,
        isApproximate: true,
        previousTotal: 1040n,
        previousTotalMin: 1040n,
        change: -170n,
        changeRatio: -0.1635,
      },
    ]);
    expect(yearTotals([], NO_FILTERS, RECORDED)).toEqual([]);
  });

  it('compares each programme line in a year with the year before, lines of either year included', () => {
    const comparison = programmeComparison(ROWS, { ...NO_FILTERS, year: 2023 }, RECORDED);
    expect(comparison?.previousYear).toBe(2022);
    expect(comparison?.lines.map((line) => [line.code, line.previousTotal, line.total, line.change, line.changeRatio])).toEqual([
      // No consortium allocations recorded for 2022: not recorded, no change.
      ['consortium', null, 240n, null, null],
      ['new-city', 720n, 630n, -90n, -0.125],
      // Recorded in 2023 with nothing in view: a real 0.
      ['specialization', 320n, 0n, -320n, -1],
    ]);
    const after = programmeComparison(ROWS, { ...NO_FILTERS, year: 2026 }, RECORDED);
    expect(after?.lines.map((line) => [line.code, line.previousTotal, line.total, line.change])).toEqual([
      ['specialization', null, 300n, null],
    ]);
  });

  it('gives a year holding a range as a range, and no single change figure from or to it (2025: amounts announced as 50–60 million)', () => {
    const withRange = [...ROWS, { ...row(2027, 'new-city', 180n, 3), totalMin: 150n }, row(2028, 'new-city', 200n, 2)];
    // Every year and line here is recorded (2026 new-city with nothing in view, a real 0), so a
    // missing change below comes from the range, not from a year not recorded.
    const recorded = [...RECORDED, { year: 2026, code: 'new-city' }, { year: 2027, code: 'new-city' }, { year: 2028, code: 'new-city' }];
    const years = yearTotals(withRange, NO_FILTERS, recorded);
    expect(years.find((y) => y.year === 2027)).toMatchObject({
      isRecorded: true,
      total: 180n,
      totalMin: 150n,
      previousTotal: 300n,
      change: null,
      changeRatio: null,
    });
    expect(years.find((y) => y.year === 2028)).toMatchObject({
      total: 200n,
      totalMin: 200n,
      previousTotal: 180n,
      previousTotalMin: 150n,
      change: null,
      changeRatio: null,
    });
    const comparison = programmeComparison(withRange, { ...NO_FILTERS, year: 2027 }, recorded);
    expect(comparison?.lines.find((line) => line.code === 'new-city')).toMatchObject({
      previousTotal: 0n,
      previousTotalMin: 0n,
      total: 180n,
      totalMin: 150n,
      change: null,
    });
    // Nor from it to the year after, though that year's amount is exact.
    const after = programmeComparison(withRange, { ...NO_FILTERS, year: 2028 }, recorded);
    expect(after?.lines.find((line) => line.code === 'new-city')).toMatchObject({
      previousTotal: 180n,
      previousTotalMin: 150n,
      total: 200n,
      change: null,
      changeRatio: null,
    });
  });

  it('compares the latest year with money when no year is chosen, and nothing without data', () => {
    expect(programmeComparison(ROWS, NO_FILTERS, RECORDED)?.year).toBe(2026);
    expect(programmeComparison([], NO_FILTERS, RECORDED)).toBeNull();
    expect(programmeComparison(ROWS, { ...NO_FILTERS, year: 2030 }, RECORDED)).toBeNull();
  });
});
