import { getLocale, getTranslations } from 'next-intl/server';
import type { FactSource, SourceLink } from '@/lib/announcements/source';
import { fromIsoDate } from '@/lib/core/dates';
import { byLocale, localField } from '@/lib/core/names';

/**
 * An announcement as a reader opens it: its title, in the reader's language, as a link to its
 * address, with its issuer and date; the bibliographic citation only when there is no address.
 */
export async function SourceCitation({ source }: { source: SourceLink }) {
  const [t, locale] = await Promise.all([getTranslations('Sources'), getLocale()]);
  const title = localField(source, 'title', locale);
  const issuer = localField(source, 'issuer', locale);
  return (
    <>
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer" className="underline underline-offset-2">
          {title}
        </a>
      ) : (
        <span>{title}</span>
      )}
      <span className="text-ink-soft">
        {' '}
        {source.publishedOn ? t('meta', { issuer, date: fromIsoDate(source.publishedOn) }) : t('metaNoDate', { issuer })}
        {source.url ? null : ` ${t('citation', { citation: source.citation })}`}
      </span>
    </>
  );
}

/**
 * Where a fact comes from, in the reader's language: "Source: <link>"; for an inferred fact, the
 * inference (Korean on a Korean page, English on an English one) and the source it rests on.
 * Never a compiler's file name or working note.
 */
export async function FactSourceNote({ source, className = 'mt-1 block text-sm' }: { source: FactSource | null; className?: string }) {
  const [t, locale] = await Promise.all([getTranslations('Sources'), getLocale()]);
  if (!source) return null;
  const cited = source.announcement ? (
    <SourceCitation source={source.announcement} />
  ) : source.url ? (
    <a href={source.url} rel="noopener noreferrer" className="underline underline-offset-2">
      {source.citation}
    </a>
  ) : (
    <span>{source.citation}</span>
  );
  return (
    <span className={className}>
      {source.inference ? (
        <>
          <span className="block">{byLocale(locale, { ko: source.inference.ko, en: source.inference.en })}</span>
          <span className="block">
            {t('basis')} {cited}
          </span>
        </>
      ) : (
        <>
          {t('label')} {cited}
        </>
      )}
    </span>
  );
}
