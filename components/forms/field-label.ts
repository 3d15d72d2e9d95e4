// The name of a changed field as people read it, for the audit trail and "changed meanwhile"
// lists: a plain field from the "Fields" messages, or an evaluation's field, recorded on its
// designation as `evaluation2023.outcome` (lib/designations/mutations.ts).
type Translate = { (key: string, values?: Record<string, string | number>): string; has: (key: string) => boolean };

export function fieldLabel(field: string, fields: unknown): string {
  const t = fields as Translate;
  const plain = (key: string) => (t.has(key) ? t(key) : key);
  const evaluation = /^evaluation(\d{4})\.(\w+)$/.exec(field);
  if (evaluation) return t('evaluationField', { year: evaluation[1]!, field: plain(evaluation[2]!) });
  return plain(field);
}
