import { getFormatter, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import type { AuditEntryView } from '@/lib/audit/queries';
import { AuditChanges } from './audit-changes';
import { MOMENT_FORMAT } from '@/lib/core/dates';

/** Every recorded change to one record, newest first (issue 3: "a history panel on each record"). */
export async function HistoryPanel({ entries }: { entries: AuditEntryView[] }) {
  const [t, format] = await Promise.all([getTranslations('Admin.history'), getFormatter()]);
  return (
    <Section id="history" title={t('title')}>
      {entries.length === 0 ? (
        <p className="text-ink-soft">{t('empty')}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded border border-line p-3">
              <p className="text-sm text-ink-soft">
                {format.dateTime(new Date(entry.occurredAt), MOMENT_FORMAT)} · {entry.actorEmail ?? t('system')} ·{' '}
                <span className="font-semibold text-ink">
                  {t.has(`actions.${entry.action}` as never) ? t(`actions.${entry.action}` as 'actions.create') : entry.action}
                </span>
              </p>
              <AuditChanges changes={entry.changes} />
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
