import { getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import type { CityPage } from '@/lib/cities/queries';
import { cityTimeline, type TimelineEvent } from '@/lib/cities/timeline';
import { Link } from '@/lib/i18n/navigation';
import { localName } from '@/lib/core/names';
import { fromIsoDate } from '@/lib/core/dates';

export async function CityHistory({ city }: { city: CityPage }) {
  const [t, locale] = await Promise.all([getTranslations('CityHistory'), getLocale()]);
  const name = (entity: { nameKo: string; nameEn: string }) => localName(entity, locale);
  const links = (refs: { slug: string; nameKo: string; nameEn: string }[]) =>
    refs.map((ref, index) => (
      <span key={ref.slug}>
        {index > 0 ? ', ' : ''}
        <Link href={`/cities/${ref.slug}`}>{name(ref)}</Link>
      </span>
    ));
  const when = (event: TimelineEvent) => {
    if (event.kind === 'designated') return event.isYearKnown ? String(event.year) : t('byYear', { year: event.year });
    if (event.kind === 'designationEnded' && !event.date) return t('dateUnknown');
    return t('date', { date: fromIsoDate((event as { date: string }).date) });
  };
  const describe = (event: TimelineEvent) => {
    switch (event.kind) {
      case 'established':
        return (
          <>
            {t('established')}{' '}
            {event.from.length > 0 ? (
              <>
                {t('from')} {links(event.from)}
              </>
            ) : null}
          </>
        );
      case 'renamed':
        return t('renamed', { from: name(event.from), to: name(event.to) });
      case 'moved':
        return t('moved', { from: name(event.from), to: name(event.to) });
      case 'recoded':
        return t('recoded', { from: event.from, to: event.to });
      case 'designated':
        return (
          <>
            {event.isYearKnown ? t('designated') : t('designatedYearUnknown')}
            {event.designatedAs ? (
              <>
                {' '}
                {t('designatedAs')} <Link href={`/cities/${event.designatedAs.slug}`}>{name(event.designatedAs)}</Link>
              </>
            ) : null}
          </>
        );
      case 'designationEnded':
        // An ending known only by the year it had certainly happened by was inferred: say so.
        return (
          <>
            {t(`designationEnded.${event.status}`)}
            {event.date === null && event.byYear !== null ? (
              <span className="block text-sm text-ink-soft">{t('endedByYear', { year: event.byYear })}</span>
            ) : null}
          </>
        );
      case 'splitOff':
        return (
          <>
            {t('splitOff')} {links(event.to)}
          </>
        );
      case 'abolished':
        return (
          <>
            {t('abolished')}{' '}
            {event.to.length > 0 ? (
              <>
                {t('succeededBy')} {links(event.to)}
              </>
            ) : null}
          </>
        );
    }
  };
  const events = cityTimeline(city);
  return (
    <Section id="history" title={t('title')}>
      {events.length === 0 ? (
        <p className="text-ink-soft">{t('empty')}</p>
      ) : (
        <ol className="border-l-2 border-primary-100 pl-4">
          {events.map((event, index) => (
            <li key={index} className="relative mb-4 last:mb-0">
              <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] size-3 rounded-full bg-primary-500" />
              <p className="text-sm font-semibold text-ink-soft">{when(event)}</p>
              <p>{describe(event)}</p>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
