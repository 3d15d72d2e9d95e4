// One of the dashboard's tables as CSV (one table per file, issue 14: a file of stacked tables is
// no table a program can read): UTF-8 with a byte-order mark (without it Excel reads Korean as
// mojibake), CRLF lines (RFC 4180), the header row first. The filters and the day are in the
// file's name and in the dashboard; notes, if any, are not rows of the table and stay out. Amounts are plain integers of won; text that a spreadsheet would run as
// a formula (= + - @, tab, CR) is prefixed with an apostrophe (OWASP "CSV injection").
import type { Cell, DashboardTable } from './tables';

export const CSV_BOM = '\uFEFF';

export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A cell's value for a spreadsheet: numbers as numbers, percentages as percent points. */
export function csvValue(cell: Cell): string {
  switch (cell.kind) {
    case 'text':
      return quote(guardFormula(cell.value));
    case 'year':
    case 'count':
      return String(cell.value);
    case 'won':
      // A range is written as "lower–upper": a spreadsheet must not add it up as one figure.
      if (cell.value === null) return '';
      return cell.min !== undefined ? `${cell.min.toString()}–${cell.value.toString()}` : cell.value.toString();
    case 'percent':
      return cell.value === null ? '' : String(Math.round(cell.value * 10_000) / 100);
  }
}

export function tableCsv(table: DashboardTable): string {
  const lines = [table.columns.map((column) => quote(guardFormula(column.label))).join(',')];
  for (const row of table.rows) lines.push(row.map(csvValue).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
