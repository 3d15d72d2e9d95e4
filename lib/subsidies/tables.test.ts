import { describe, expect, it } from 'vitest';
import { DASHBOARD_2023, fakeTranslate } from './fixtures.test-support';
import { buildDashboardTables, describeFilters, formatCell, formatExactWonRange } from './tables';

const tables = (locale = 'ko') =>
  buildDashboardTables({ dashboard: DASHBOARD_2023, t: fakeTranslate, locale, link: (changes) => `?${new URLSearchParams(changes)}` });

describe('the dashboard tables', () => {
  it('hold one table per section, the city history only when a city is chosen', () => {
    expect(tables().map((table) => table.id)).toEqual(['years', 'programmes', 'comparison', 'regions', 'statedTotals', 'allocations']);
    const withCity = buildDashboardTables({
      dashboard: {
        ...DASHBOARD_2023,
        city: {
          slug: 'gangwon-yangyang-gun',
          nameKo: '양양군',
          nameEn: 'Yangyang-gun',
          region: { slug: 'gangwon', shortKo: '강원', shortEn: 'Gangwon' },
          allocations: [],
          total: 0n,
          totalMin: 0n,
        },
      },
      t: fakeTranslate,
      locale: 'en',
      link: () => '',
    });
    expect(withCity.find((table) => table.id === 'city')?.title).toBe('tables.city.title{"city":"Yangyang-gun, Gangwon"}');
  });

  it('keep amounts as won in BigInt, with a sum row that equals the total', () => {
    const programmes = tables().find((table) => table.id === 'programmes')!;
    const amounts = programmes.rows.map((row) => row[5]);
    expect(amounts).toEqual([
      { kind: 'won', value: 90_000_000n, isApproximate: false },
      { kind: 'won', value: 120_000_000n, isApproximate: true },
    ]);
    expect(programmes.footer?.[5]).toEqual({ kind: 'won', value: 210_000_000n, isApproximate: true });
    expect(programmes.rows.every((row) => row.length === programmes.columns.length)).toBe(true);
  });

  it('link a region row to the dashboard filtered to that region', () => {
    const regions = tables().find((table) => table.id === 'regions')!;
    expect(regions.rows[0]![0]).toEqual({ kind: 'text', value: '강원', href: '?region=gangwon' });
  });

  it('show every amount of a table in one format, to the won (issue 14)', () => {
    expect(formatCell({ kind: 'won', value: 1_380_000_000n }, 'ko')).toBe('1,380,000,000원');
    expect(formatCell({ kind: 'won', value: 55_000_000n, isApproximate: true }, 'ko')).toBe('약 55,000,000원');
    expect(formatCell({ kind: 'won', value: 280_000_000n, isSigned: true }, 'en')).toBe('+KRW 280,000,000');
    expect(formatCell({ kind: 'won', value: -50_555_556n, isSigned: true }, 'en')).toBe('−KRW 50,555,556');
  });

  it('read a year whose allocations are not recorded as such, never as 0, with a note', () => {
    const dashboard = {
      ...DASHBOARD_2023,
      years: [
        { ...DASHBOARD_2023.years[0]!, year: 2024 },
        {
          year: 2025,
          isRecorded: false,
          allocations: null,
          total: null,
          totalMin: null,
          isApproximate: false,
          previousTotal: 210_000_000n,
          previousTotalMin: 210_000_000n,
          change: null,
          changeRatio: null,
        },
        { ...DASHBOARD_2023.years[0]!, year: 2026, previousTotal: null, change: null, changeRatio: null },
      ],
    };
    const years = buildDashboardTables({ dashboard, t: fakeTranslate, locale: 'ko', link: () => '' }).find(
      (table) => table.id === 'years',
    )!;
    expect(years.rows.map((row) => row.map((cell) => formatCell(cell, 'ko')))).toEqual([
      ['2024', '3', '약 210,000,000원', '240,000,000원', '−30,000,000원', '-12.5%'],
      ['2025', 'notRecorded', 'notRecorded', '210,000,000원', '—', '—'],
      ['2026', '3', '약 210,000,000원', 'notRecorded', '—', '—'],
    ]);
    expect(years.notes).toEqual(['notes.yearsNotRecorded{"years":"2025"}']);
  });

  it('show a range in the same exact format as every other amount of its table (issues 12 and 14)', () => {
    const [exact, ranged] = DASHBOARD_2023.allocationRows;
    const dashboard = {
      ...DASHBOARD_2023,
      years: [
        {
          ...DASHBOARD_2023.years[0]!,
          year: 2025,
          total: 180_000_000n,
          totalMin: 150_000_000n,
          isApproximate: false,
          previousTotal: 210_000_000n,
          previousTotalMin: 210_000_000n,
          change: null,
          changeRatio: null,
        },
      ],
      allocationRows: [exact!, { ...ranged!, amount: 60_000_000n, amountMin: 50_000_000n }],
    };
    const built = buildDashboardTables({ dashboard, t: fakeTranslate, locale: 'ko', link: () => '' });
    const years = built.find((table) => table.id === 'years')!;
    expect(years.rows.map((row) => row.map((cell) => formatCell(cell, 'ko')))).toEqual([
      ['2025', '3', '150,000,000~180,000,000원', '210,000,000원', '—', '—'],
    ]);
    const allocations = built.find((table) => table.id === 'allocations')!;
    expect(allocations.rows.map((row) => formatCell(row[5]!, 'ko'))).toEqual(['90,000,000원', '50,000,000~60,000,000원']);
    // The sum of a range and a figure is a range: its bounds are the sums of the bounds.
    expect(allocations.footer?.[5]).toEqual({ kind: 'won', value: 150_000_000n, min: 140_000_000n });
    expect(formatCell(allocations.footer![5]!, 'en')).toBe('KRW 140,000,000–150,000,000');
  });

  it('write a range to the won in both languages, a ceiling alone as "up to"', () => {
    expect(formatExactWonRange(60_000_000n, 50_000_000n, 'ko')).toBe('50,000,000~60,000,000원');
    expect(formatExactWonRange(60_000_000n, 50_000_000n, 'en')).toBe('KRW 50,000,000–60,000,000');
    expect(formatExactWonRange(30_000_000n, 0n, 'ko')).toBe('최대 30,000,000원');
    expect(formatExactWonRange(30_000_000n, 0n, 'en')).toBe('up to KRW 30,000,000');
    expect(formatExactWonRange(90_000_000n, null, 'ko')).toBe('90,000,000원');
    expect(formatExactWonRange(90_000_000n, 90_000_000n, 'en')).toBe('KRW 90,000,000');
  });

  it('list the allocations, summing to the total, and note a region a merger changed', () => {
    const allocations = tables().find((table) => table.id === 'allocations')!;
    expect(allocations.rows).toHaveLength(2);
    expect(allocations.footer?.[5]).toEqual({ kind: 'won', value: DASHBOARD_2023.total });
    const regions = tables().find((table) => table.id === 'regions')!;
    expect(regions.notes).toEqual(['notes.mergedInto{"counted":"전남광주","other":"전남","count":1,"total":"90,000,000원"}']);
    const byThen = buildDashboardTables({
      dashboard: { ...DASHBOARD_2023, filters: { ...DASHBOARD_2023.filters, regionBasis: 'announced' } },
      t: fakeTranslate,
      locale: 'en',
      link: () => '',
    }).find((table) => table.id === 'regions')!;
    expect(byThen.notes).toEqual(['notes.nowIn{"counted":"Jeonnam","other":"Jeonnam-Gwangju","count":1,"total":"KRW 90,000,000"}']);
  });

  it('show cells the way each language reads them', () => {
    expect(formatCell({ kind: 'won', value: null }, 'en')).toBe('—');
    expect(formatCell({ kind: 'percent', value: -0.125 }, 'en')).toBe('-12.5%');
    expect(formatCell({ kind: 'percent', value: 0 }, 'ko')).toBe('0%');
    expect(formatCell({ kind: 'count', value: 1234 }, 'ko')).toBe('1,234');
  });

  it('name the filters and the day in the title', () => {
    expect(describeFilters({ dashboard: DASHBOARD_2023, t: fakeTranslate, locale: 'ko' })).toBe(
      'filters.title{"filters":"filters.yearIs{\\"value\\":\\"2023\\"} · filters.programmeIs{\\"value\\":\\"filters.all\\"} · filters.regionIs{\\"value\\":\\"filters.all\\"} · filters.regionBasisIs{\\"value\\":\\"filterForm.regionBasisCurrent\\"} · filters.cityIs{\\"value\\":\\"filters.all\\"} · filters.statusIs{\\"value\\":\\"statusFilters.allocated\\"}","date":"2026-11-23"}',
    );
  });
});
