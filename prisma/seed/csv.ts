import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

const SEED_DIR = path.dirname(new URL(import.meta.url).pathname);

/** Rows of a seed CSV (header row, UTF-8), as records of strings. */
export function readSeedCsv(relativePath: string): Record<string, string>[] {
  const text = readFileSync(path.join(SEED_DIR, relativePath), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
}

/** A seed date (YYYY-MM-DD) as the Date Prisma stores in a `@db.Date` column. */
export function seedDate(value: string | undefined): Date | null {
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`Not a date: ${value}`);
  return new Date(`${value}T00:00:00Z`);
}

export function dayAfter(value: string): Date {
  const date = seedDate(value);
  if (!date) throw new Error('dayAfter needs a date');
  return new Date(date.getTime() + 86_400_000);
}

export function required(row: Record<string, string>, column: string): string {
  const value = row[column];
  if (value === undefined || value === '') throw new Error(`Missing ${column} in ${JSON.stringify(row)}`);
  return value;
}
