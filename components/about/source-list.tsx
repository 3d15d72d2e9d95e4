import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import type { AnnouncementSummary } from '@/lib/announcements/queries';
import { fromIsoDate } from '@/lib/core/dates';
import { localField } from '@/lib/core/names';

export async function SourceList({ announcements }: { announcements: AnnouncementSummary[] }) {
  const [t, tKind, format, locale] = await Promise.all([
    getTranslations('About'),
    getTranslations('AnnouncementKind'),
    getFormatter(),
    getLocale(),
  ]);
  return (
    <Section id="sources" title={t('sourcesTitle')}>
      <ol className="max-w-3xl space-y-4">
        {announcements.map((a) => (
          <li key={a.slug} className="rounded border border-line p-3">
            <p className="font-semibold">
              {a.url ? (
                <a href={a.url} rel="noopener noreferrer" className="underline underline-offset-2">
                  {localField(a, 'title', locale)}
                </a>
              ) : (
                localField(a, 'title', locale)
              )}
            </p>
            <p className="text-sm text-ink-soft">
              {a.publishedOn ? format.dateTime(fromIsoDate(a.publishedOn), { dateStyle: 'long' }) : t('dateUnknown')} ·{' '}
              {localField(a, 'issuer', locale)} · {tKind(a.kind)}
            </p>
            <p className="mt-1 text-sm">{a.citation}</p>
            <p className="mt-1 text-sm text-ink-soft">
              {t('sourceUse', { designations: a.designationCount, evaluations: a.evaluationCount, allocations: a.allocationCount })}
            </p>
          </li>
        ))}
      </ol>
    </Section>
  );
}
