// Issue 12: the registry's one counting rule against every published figure the project holds
// (prisma/seed/published-figures.csv, shown on /reconciliation). Every figure equals the
// registry's count of the same thing on its day, or the page explains the difference; the
// differences themselves are pinned, so a change of data that moves one is noticed.
import { describe, expect, it } from 'vitest';

/** Figures that differ, by how much (published − registry), and whether the page explains why. */
const DIFFERENCES: Record<string, { difference: number; isExplained: boolean }> = {
  '2021-05-wowtv': { difference: 2, isExplained: true }, // 183: the local governments, Muan and Shinan included
  '2021-05-ohmynews': { difference: -6, isExplained: true }, // 175: the previous year's total
  '2022-kbsm': { difference: -6, isExplained: false }, // 182
  '2024-11-joongdo': { difference: 1, isExplained: false }, // 199
  'new-2016-busan': { difference: -1, isExplained: true }, // the association names seven for 2016
  'basic-2006-joongdo': { difference: -2, isExplained: true }, // 232: the 2002 count
  'basic-2007-unn': { difference: 2, isExplained: true }, // 232: the 2002 count
};

describe('the reconciliation of published figures', () => {
  it('counts every published figure on its day, and every difference is the one pinned, explained or marked so', async () => {
    const { getReconciliation } = await import('@/lib/registry/queries');
    const { rows } = await getReconciliation();
    expect(rows.length).toBeGreaterThanOrEqual(80);
    const differing = Object.fromEntries(
      rows
        .filter((row) => row.difference !== 0)
        .map((row) => [row.slug, { difference: row.difference, isExplained: row.explanationKo !== null }]),
    );
    expect(differing).toEqual(DIFFERENCES);
    // An explanation is given only where there is something to explain, and in both languages.
    for (const row of rows) {
      expect(row.difference !== 0 || row.explanationKo === null, row.slug).toBe(true);
      expect(row.explanationKo === null, row.slug).toBe(row.explanationEn === null);
      expect(row.url, row.slug).toMatch(/^https?:\/\//);
    }
  });

  it('reproduces the ministry’s cumulative totals, 19 (2001–2004) and 57 (before 2007) to 206 (2026)', async () => {
    const { getReconciliation } = await import('@/lib/registry/queries');
    const { rows } = await getReconciliation();
    const totals = rows.filter((row) => row.measure === 'learning_cities' && !(row.slug in DIFFERENCES));
    expect(totals.map((row) => row.value)).toEqual(
      expect.arrayContaining([3, 19, 57, 76, 153, 167, 175, 181, 180, 188, 195, 198, 201, 206]),
    );
    for (const row of totals) expect(row.registryCount, row.slug).toBe(row.value);
  });

  it('reproduces at each year’s end the last total published for that year', async () => {
    const { getReconciliation, getNationalCounts } = await import('@/lib/registry/queries');
    const { rows } = await getReconciliation();
    const byYear = new Map<number, number>();
    for (const row of rows.filter((r) => r.measure === 'learning_cities' && !(r.slug in DIFFERENCES) && r.asOf.endsWith('-12-31')))
      byYear.set(Number(row.asOf.slice(0, 4)), row.value);
    expect([...byYear.keys()]).toEqual(expect.arrayContaining([2001, 2004, 2006, 2007, 2019]));
    for (const [year, value] of byYear) expect((await getNationalCounts(`${year}-12-31`)).ministryCount, String(year)).toBe(value);
    // The years since 2020, on their last day (2026: today), as the statistics page shows them.
    const { getStatistics } = await import('@/lib/statistics/queries');
    const statistics = await getStatistics();
    for (const year of statistics.designations.filter((y) => y.year >= 2020 && y.year < 2026)) {
      expect(year.ministryCount, String(year.year)).toBe(year.published);
    }
  });

  it('takes every year’s count of basic local governments from the history, as the published counts give it', async () => {
    const { getReconciliation } = await import('@/lib/registry/queries');
    const { rows } = await getReconciliation();
    const basic = rows.filter((row) => row.measure === 'basic_local_governments' && !(row.slug in DIFFERENCES));
    expect(basic.map((row) => [row.asOf, row.value])).toEqual(
      expect.arrayContaining([
        ['2002-07-01', 232],
        ['2006-07-01', 230],
        ['2010-07-01', 228],
        ['2013-01-01', 227],
        ['2014-07-01', 226],
        ['2026-03-10', 226],
      ]),
    );
    for (const row of basic) expect(row.registryCount, row.slug).toBe(row.value);
  });
});
