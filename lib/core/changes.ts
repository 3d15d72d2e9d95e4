// What changed in a record, field by field, as the audit trail stores it: { field: { before, after } }.
export type FieldChange = { before: AuditValue; after: AuditValue };
export type AuditValue = string | number | boolean | null;
export type Changes = Record<string, FieldChange>;

/** Dates as YYYY-MM-DD (they are calendar dates here), amounts as strings (exact won). */
export function toAuditValue(value: unknown): AuditValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** The fields whose values differ between two states; a created record has no "before". */
export function diffRecords(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  fields: readonly string[],
): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    const from = toAuditValue(before?.[field]);
    const to = toAuditValue(after?.[field]);
    if (from !== to) changes[field] = { before: from, after: to };
  }
  return changes;
}
