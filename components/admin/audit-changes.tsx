import { getTranslations } from 'next-intl/server';
import { fieldLabel } from '@/components/forms/field-label';
import type { Changes } from '@/lib/core/changes';

export async function AuditChanges({ changes }: { changes: Changes }) {
  const t = await getTranslations('Fields');
  const entries = Object.entries(changes);
  if (entries.length === 0) return null;
  return (
    <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      {entries.map(([field, change]) => (
        <div key={field} className="contents">
          <dt className="font-semibold">{fieldLabel(field, t)}</dt>
          <dd className="break-words">
            <span className="text-ink-soft line-through decoration-1">{change.before === null ? '—' : String(change.before)}</span>
            <span aria-hidden="true"> → </span>
            <span className="sr-only">→</span>
            <span>{change.after === null ? '—' : String(change.after)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
