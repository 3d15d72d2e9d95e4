import { getTranslations } from 'next-intl/server';

/** Where a fact can be read: a link when the source is an address, else its citation; the quoted
 * sentence it rests on behind a disclosure (works without JavaScript). */
export async function SourceNote({ source, quote, note }: { source: string; quote?: string | null; note?: string | null }) {
  const t = await getTranslations('Partnerships');
  const isUrl = /^https?:\/\//.test(source);
  const host = isUrl ? new URL(source).hostname.replace(/^www\./, '') : null;
  return (
    <div className="text-sm">
      {isUrl ? (
        <a href={source} rel="noreferrer">
          {host}
        </a>
      ) : (
        <span className="text-ink-soft">{source}</span>
      )}
      {quote ? (
        <details className="mt-1">
          <summary className="cursor-pointer text-ink-soft">{t('quote')}</summary>
          <blockquote className="mt-1 border-l-4 border-line pl-3 text-ink-soft">{quote}</blockquote>
        </details>
      ) : null}
      {note ? (
        <p className="mt-1 text-ink-soft">
          <span className="font-semibold">{t('noteLabel')}</span> <span lang="en">{note}</span>
        </p>
      ) : null}
    </div>
  );
}
