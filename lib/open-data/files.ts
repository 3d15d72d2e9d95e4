// The open-data files (issues 6 and 12): CSV in UTF-8 with a byte-order mark (Excel then reads
// Korean correctly), CRLF lines, one header row of column keys and one row per record; and an
// XLSX workbook with the same sheet plus the data dictionary and licence. Numbers stay numbers;
// text a spreadsheet would run as a formula is guarded (lib/subsidies/export-csv.ts).
import ExcelJS from 'exceljs';
import { CSV_BOM, guardFormula } from '@/lib/subsidies/export-csv';
import { type ColumnType, LICENCE, REGISTRY_COLUMNS, type RegistryRow } from './dictionary';

type Value = string | number | boolean | null;
type Columns = readonly { key: string; type: ColumnType; ko: string; en: string }[];

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

function csvCell(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  return quote(guardFormula(value));
}

/** Rows as CSV under their dictionary's column keys. */
export function datasetCsv(columns: Columns, rows: readonly Record<string, Value>[]): string {
  const lines = [
    columns.map((column) => column.key).join(','),
    ...rows.map((row) => columns.map((column) => csvCell(row[column.key] ?? null)).join(',')),
  ];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** Rows as an XLSX workbook: the data sheet, then the dictionary with the day and the licence. */
export async function datasetXlsx(
  columns: Columns,
  rows: readonly Record<string, Value>[],
  options: { sheet: string; asOf: string },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lifelong Learning Cities Registry';
  const sheet = workbook.addWorksheet(options.sheet);
  sheet.addRow(columns.map((column) => column.key)).font = { bold: true };
  // Text goes in as text: a cell starting with = + - @ stays a string in XLSX, never a formula.
  for (const row of rows) sheet.addRow(columns.map((column) => row[column.key] ?? null));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => (column.width = 16));

  const dictionary = workbook.addWorksheet('dictionary');
  dictionary.addRow(['column', 'type', '설명', 'description']).font = { bold: true };
  for (const column of columns) dictionary.addRow([column.key, column.type, column.ko, column.en]);
  dictionary.addRow([]);
  dictionary.addRow(['as of', options.asOf]);
  dictionary.addRow(['licence', LICENCE.ko]);
  dictionary.addRow(['licence', LICENCE.en]);
  dictionary.columns.forEach((column, index) => (column.width = index < 2 ? 26 : 60));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const registryCsv = (rows: RegistryRow[]) => datasetCsv(REGISTRY_COLUMNS, rows);
export const registryXlsx = (rows: RegistryRow[], options: { asOf: string }) =>
  datasetXlsx(REGISTRY_COLUMNS, rows, { sheet: 'registry', asOf: options.asOf });
