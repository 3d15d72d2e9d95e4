import { describe, expect, it } from 'vitest';
import { CSV_BOM, guardFormula, tableCsv } from './export-csv';
import { DASHBOARD_2023, fakeTranslate } from './fixtures.test-support';
import { buildDashboardTables } from './tables';

const tables = buildDashboardTables({ dashboard: DASHBOARD_2023, t: fakeTranslate, locale: 'en', link: () => '' });
const csv = (id: string) => tableCsv(tables.find((table) => table.id === id)!);

describe('the CSV export', () => {
  it('holds one table per file: a byte-order mark, the header row, then its rows and nothing else (issue 14)', () => {
    const lines = csv('years').split('\r\n');
    expect(lines[0]).toBe(
      `${CSV_BOM}columns.year,columns.allocations,columns.total,columns.previousTotal,columns.change,columns.changeRatio`,
    );
    expect(lines.slice(1)).toEqual(['2023,3,210000000,240000000,-30000000,-12.5', '']);
  });

  it('writes the allocations one per row, amounts as plain integers of won', () => {
    const lines = csv('allocations').split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      '2023,Support for new lifelong learning cities,Gurye-gun,Jeonnam,Jeonnam-Gwangju,90000000,approximate.no,statuses.announced,2023 release (https://www.moe.go.kr/)',
    );
    expect(lines[2]).toBe('2023,Consortium,Gangwon State,Gangwon,Gangwon,120000000,approximate.yes,statuses.disbursed,—');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(guardFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(guardFormula('+82')).toBe(`'+82`);
    expect(guardFormula('-1')).toBe(`'-1`);
    expect(guardFormula('@sum')).toBe(`'@sum`);
    expect(guardFormula('Gangwon')).toBe('Gangwon');
    expect(csv('programmes')).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
