// A whole evaluation round's results as staff paste them (or upload them) from the ministry's
// list: one line per city, comma- or tab-separated, an optional header:
//   city, outcome, heldOn, validUntilYear, followUpYear, note
// "city" is the five-digit administrative code, the Korean name with its region ("서울 양천구"),
// or the English one ("Yangcheon-gu, Seoul"); "outcome" the English key or the Korean label.
// Pure: the mutation resolves cities and applies all lines or none.
import { parse } from 'csv-parse/sync';
import type { LineIssue } from '@/lib/core/action-state';
import { z } from 'zod';
import { OptionalDateField, OptionalText } from '@/lib/core/fields';
import { type EvaluationOutcome, EVALUATION_OUTCOMES } from './schedule';
import { outcomeIssues } from './schemas';

export const MAX_IMPORT_LINES = 400;

/** Korean labels the ministry's lists use, and the registry's own. */
const OUTCOME_WORDS: Record<string, EvaluationOutcome> = {
  재지정: 'redesignated',
  '조건부 재지정': 'conditional',
  조건부재지정: 'conditional',
  '재지정 유예': 'withheld',
  재지정유예: 'withheld',
  유예: 'withheld',
  '지정 취소': 'cancelled',
  지정취소: 'cancelled',
  취소: 'cancelled',
  '지정 반납': 'withdrawn',
  지정반납: 'withdrawn',
  반납: 'withdrawn',
};

export type ImportLine = {
  line: number;
  city: string;
  outcome: EvaluationOutcome;
  heldOn?: Date;
  validUntilYear?: number;
  followUpYear?: number;
  note: string | null;
};

const optionalYear = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  z.coerce
    .number({ error: 'yearFormat' })
    .int({ error: 'yearFormat' })
    .min(2020, { error: 'evaluationYearOutOfRange' })
    .max(2100, { error: 'evaluationYearOutOfRange' })
    .optional(),
);

const LineSchema = z.object({
  city: z.string().trim().min(1, { error: 'cityMissing' }).max(80, { error: 'tooLong' }),
  outcome: z
    .string()
    .trim()
    .transform((word) =>
      (EVALUATION_OUTCOMES as readonly string[]).includes(word.toLowerCase())
        ? (word.toLowerCase() as EvaluationOutcome)
        : OUTCOME_WORDS[word.replace(/\s+/g, ' ')],
    )
    .refine((outcome) => outcome !== undefined, { error: 'unknownOutcome' }),
  heldOn: OptionalDateField,
  validUntilYear: optionalYear,
  followUpYear: optionalYear,
  note: OptionalText(1000),
});

const HEADER = /^(city|도시|지방자치단체|code|코드)$/i;

/** Normalises a city as typed, for matching against the registry's names and codes. */
export const cityKey = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s,·]+/g, ' ')
    .trim();

export type { LineIssue };

export function parseEvaluationList(text: string, dueYear: number): { lines: ImportLine[]; issues: LineIssue[] } {
  let records: string[][];
  try {
    const delimiter = text.includes('\t') ? '\t' : ',';
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
  } catch {
    return { lines: [], issues: [{ line: 0, key: 'unreadableList' }] };
  }
  const rows = records.map((cells, index) => ({ cells, line: index + 1 })).filter(({ cells }) => cells.some((cell) => cell !== ''));
  if (rows[0] && HEADER.test(rows[0].cells[0] ?? '')) rows.shift();
  if (rows.length === 0) return { lines: [], issues: [{ line: 0, key: 'emptyList' }] };
  if (rows.length > MAX_IMPORT_LINES) return { lines: [], issues: [{ line: 0, key: 'listTooLong' }] };

  const lines: ImportLine[] = [];
  const issues: LineIssue[] = [];
  const seen = new Map<string, number>();
  for (const { cells, line } of rows) {
    const [city = '', outcome = '', heldOn = '', validUntilYear = '', followUpYear = '', ...rest] = cells;
    const parsed = LineSchema.safeParse({ city, outcome, heldOn, validUntilYear, followUpYear, note: rest.join(', ') });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ line, key: issue.message, value: city });
      continue;
    }
    const entry = { line, ...parsed.data, outcome: parsed.data.outcome! };
    for (const issue of outcomeIssues({ ...entry, dueYear, isOutstanding: false, announcementId: undefined, source: null }))
      issues.push({ line, key: issue.message, value: city });
    const key = cityKey(entry.city);
    if (seen.has(key)) issues.push({ line, key: 'duplicateLine', value: city });
    seen.set(key, line);
    lines.push(entry);
  }
  return { lines, issues };
}
