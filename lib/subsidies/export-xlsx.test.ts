import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import enMessages from '@/messages/en.json';
import koMessages from '@/messages/ko.json';
import { dashboardXlsx, MAX_SHEET_NAME, sheetName, XLSX_HEADER_ROW } from './export-xlsx';
import { DASHBOARD_2023, fakeTranslate } from './fixtures.test-support';
import { buildDashboardTables } from './tables';

describe('the XLSX export', () => {
  it('writes one sheet per table, opening with the title row, amounts as numbers', async () => {
    const tables = buildDashboardTables({ dashboard: DASHBOARD_2023, t: fakeTranslate, locale: 'ko', link: () => '' });
    const buffer = await dashboardXlsx('지원금 — 2023', tables, { readOn: '2026-11-23' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(tables.length);
    const sheet = workbook.worksheets[1]!;
    expect(sheet.getCell(1, 1).value).toBe('지원금 — 2023');
    expect(sheet.getRow(XLSX_HEADER_ROW).getCell(6).value).toBe('columns.total');
    const first = sheet.getRow(XLSX_HEADER_ROW + 1).getCell(6);
    expect(first.value).toBe(90_000_000);
    expect(first.numFmt).toBe('#,##0');
    expect(sheet.getRow(XLSX_HEADER_ROW + 2).getCell(2).value).toBe('컨소시엄');
    const allocations = workbook.getWorksheet('tables.allocations.sheet')!;
    expect(allocations.getRow(XLSX_HEADER_ROW + 1).getCell(6).value).toBe(90_000_000);
  });

  it('names every sheet within Excel’s 31 characters in both languages, whole words (issue 14)', () => {
    for (const messages of [koMessages, enMessages]) {
      for (const [id, table] of Object.entries(messages.Subsidies.tables)) {
        const name = table.sheet.replace('{year}', '2026');
        expect(name.length, `${id}: ${name}`).toBeLessThanOrEqual(MAX_SHEET_NAME);
        expect(sheetName(name, new Set())).toBe(name);
      }
    }
    expect(sheetName('Totals per year and change from the year before', new Set())).toBe('Totals per year and change');
  });
});
