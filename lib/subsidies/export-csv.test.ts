import { describe, expect, it } from 'vitest';
import { CSV_BOM, dashboardCsv, guardFormula } from './export-csv';
import { DASHBOARD_2023, fakeTranslate } from './fixtures.test-support';
import { buildDashboardTables } from './tables';

const tables = buildDashboardTables({ dashboard: DASHBOARD_2023, t: fakeTranslate, locale: 'en', link: () => '' });

describe('the CSV export', () => {
  it('starts with a byte-order mark and the title row', () => {
    const csv = dashboardCsv('Subsidies — year 2023 (2026-11-23)', tables);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('Subsidies — year 2023 (2026-11-23)');
  });

  it('writes amounts as plain integers of won and change as percent points', () => {
    const lines = dashboardCsv('t', tables).split('\r\n');
    expect(lines).toContain('2023,3,210000000,240000000,-30000000,-12.5');
    expect(lines).toContain('columns.sum,,,,3,210000000');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(guardFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(guardFormula('+82')).toBe(`'+82`);
    expect(guardFormula('-1')).toBe(`'-1`);
    expect(guardFormula('@sum')).toBe(`'@sum`);
    expect(guardFormula('Gangwon')).toBe('Gangwon');
    expect(dashboardCsv('t', tables)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
