// The registry as files (issue 6): CSV in UTF-8 with a byte-order mark (Excel then reads Korean
// correctly), CRLF lines, one header row of column keys and one row per local government; and an
// XLSX workbook with the same sheet plus the data dictionary and licence. Numbers stay numbers;
// text a spreadsheet would run as a formula is guarded (lib/subsidies/export-csv.ts).
import ExcelJS from 'exceljs';
import { CSV_BOM, guardFormula } from '@/lib/subsidies/export-csv';
import { LICENCE, REGISTRY_COLUMNS, type RegistryRow } from './dictionary';

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  return quote(guardFormula(value));
}

export function registryCsv(rows: RegistryRow[]): string {
  const lines = [
    REGISTRY_COLUMNS.map((column) => column.key).join(','),
    ...rows.map((row) => REGISTRY_COLUMNS.map((column) => csvCell(row[column.key])).join(',')),
  ];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

export async function registryXlsx(rows: RegistryRow[], options: { asOf: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lifelong Learning Cities Registry';
  const sheet = workbook.addWorksheet('registry');
  sheet.addRow(REGISTRY_COLUMNS.map((column) => column.key)).font = { bold: true };
  for (const row of rows) sheet.addRow(REGISTRY_COLUMNS.map((column) => row[column.key]));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column) => (column.width = 16));

  const dictionary = workbook.addWorksheet('dictionary');
  dictionary.addRow(['column', 'type', '설명', 'description']).font = { bold: true };
  for (const column of REGISTRY_COLUMNS) dictionary.addRow([column.key, column.type, column.ko, column.en]);
  dictionary.addRow([]);
  dictionary.addRow(['as of', options.asOf]);
  dictionary.addRow(['licence', LICENCE.ko]);
  dictionary.addRow(['licence', LICENCE.en]);
  dictionary.columns.forEach((column, index) => (column.width = index < 2 ? 26 : 60));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
