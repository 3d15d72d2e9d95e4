import { getTranslations } from 'next-intl/server';
import { fieldLabel } from '@/components/forms/field-label';
import type { Changes } from '@/lib/core/changes';

type Translator = { (key: string): string; has: (key: string) => boolean };

/**
 * A recorded value in words where it is one of a set (issue 14: "redesignated" read raw): an
 * evaluation's outcome, a role, a kind, a status, yes or no; anything else as recorded.
 */
function inWords(field: string, value: string | number | boolean | null, lists: Record<string, Translator[]>, yesNo: Translator): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return yesNo(value ? 'yes' : 'no');
  const name = field.replace(/^evaluation\d{4}\./, '');
  const found = (lists[name] ?? []).find((t) => t.has(String(value)));
  return found ? found(String(value)) : String(value);
}

export async function AuditChanges({ changes }: { changes: Changes }) {
  const [t, outcomes, ends, roles, kinds, recipientKinds, statuses, yesNo] = (await Promise.all([
    getTranslations('Fields'),
    getTranslations('EvaluationOutcome'),
    getTranslations('Admin.designationEnds'),
    getTranslations('Admin.nav.roles'),
    getTranslations('Admin.kinds'),
    getTranslations('Subsidies.recipientKinds'),
    getTranslations('Subsidies.statuses'),
    getTranslations('Admin.audit.values'),
  ])) as unknown as Translator[];
  const lists: Record<string, Translator[]> = {
    outcome: [outcomes!],
    status: [ends!, statuses!, outcomes!],
    endReason: [ends!, outcomes!],
    role: [roles!],
    kind: [kinds!],
    recipientKind: [recipientKinds!],
  };
  const word = (field: string, value: string | number | boolean | null) => inWords(field, value, lists, yesNo!);
  const entries = Object.entries(changes);
  if (entries.length === 0) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {entries.map(([field, change]) => (
        <div key={field} className="contents">
          <dt className="font-semibold">{fieldLabel(field, t)}</dt>
          <dd className="break-words">
            <span className="text-ink-soft line-through decoration-1">{word(field, change.before)}</span>
            <span aria-hidden="true"> → </span>
            <span className="sr-only">→</span>
            <span>{word(field, change.after)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
