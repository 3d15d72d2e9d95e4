// The dashboard as an XLSX workbook (exceljs): one sheet per table, each opening with the title
// row that names the filters and the day, then the table's own title, its header and its rows.
// Amounts are numeric cells in won with a thousands format, so sums work in the spreadsheet.
import ExcelJS from 'exceljs';
import type { Cell, DashboardTable } from './tables';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Where each sheet's header row is; data starts on the next row. */
export const XLSX_HEADER_ROW = 3;

const WON_FORMAT = '#,##0';
const PERCENT_FORMAT = '0.0%';

/** Excel's limit on a sheet's name. */
export const MAX_SHEET_NAME = 31;

/**
 * A sheet's name: the table's short name (messages `tables.*.sheet`, written to fit), cleaned of
 * the characters Excel refuses, cut at a word only if a message ever grew past 31 characters.
 */
export function sheetName(name: string, taken: Set<string>): string {
  const clean = name.replace(/[:\\/?*[\]]/g, ' ').trim() || 'Sheet';
  const cut = clean.length <= MAX_SHEET_NAME - 2 ? clean : clean.slice(0, MAX_SHEET_NAME - 2).replace(/\s+\S*$/, '');
  let unique = cut;
  for (let n = 2; taken.has(unique); n++) unique = `${cut} ${n}`;
  taken.add(unique);
  return unique;
}

function cellValue(cell: Cell): string | number | null {
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'year':
    case 'count':
      return cell.value;
    case 'won':
      // Exact as a double up to 2^53 won (9 quadrillion): far beyond any subsidy. A range is text
      // ("lower–upper"), so no sum in the spreadsheet takes it for one figure.
      if (cell.value === null) return null;
      return cell.min !== undefined ? `${cell.min.toString()}–${cell.value.toString()}` : Number(cell.value);
    case 'percent':
      return cell.value;
  }
}

function writeRow(sheet: ExcelJS.Worksheet, cells: Cell[], options: { isBold?: boolean } = {}) {
  const row = sheet.addRow(cells.map(cellValue));
  cells.forEach((cell, index) => {
    const target = row.getCell(index + 1);
    if (cell.kind === 'won') target.numFmt = WON_FORMAT;
    if (cell.kind === 'percent') target.numFmt = PERCENT_FORMAT;
    if (options.isBold) target.font = { bold: true };
  });
}

export async function dashboardXlsx(title: string, tables: DashboardTable[], options: { readOn: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Korea Lifelong Learning Cities Registry';
  workbook.created = new Date(`${options.readOn}T00:00:00+09:00`);
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.sheet, taken), { views: [{ state: 'frozen', ySplit: XLSX_HEADER_ROW }] });
    sheet.addRow([title]).getCell(1).font = { bold: true, size: 13 };
    sheet.addRow([table.title]).getCell(1).font = { bold: true };
    const header = sheet.addRow(table.columns.map((column) => column.label));
    header.font = { bold: true };
    for (const row of table.rows) writeRow(sheet, row);
    if (table.footer) writeRow(sheet, table.footer, { isBold: true });
    if (table.notes?.length) sheet.addRow([]);
    for (const note of table.notes ?? []) sheet.addRow([note]);
    table.columns.forEach((column, index) => {
      sheet.getColumn(index + 1).width = column.isNumeric ? 18 : 28;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
