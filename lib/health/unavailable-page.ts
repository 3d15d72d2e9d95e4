// The "temporarily unavailable" page the proxy answers with (503) when the database does not
// answer and the page asked for would need it (proxy.ts). Plain HTML from the messages, in the
// reader's language: the React tree cannot render without what it reads.
import { byLocale } from '@/lib/core/names';
import en from '@/messages/en.json';
import ko from '@/messages/ko.json';
import { RETRY_AFTER_SECONDS } from './response';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `retryHref`: the page asked for; `homeHref`: the home page in the reader's language. */
export function unavailablePage(options: { locale: 'ko' | 'en'; retryHref: string; homeHref: string }): {
  html: string;
  status: 503;
  retryAfter: number;
} {
  const { locale, retryHref, homeHref } = options;
  const messages = byLocale(locale, { ko, en });
  const t = messages.Unavailable;
  const site = messages.Site.name;
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t.title)} · ${escape(site)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1d1d1f}a{color:#0b50d0}h1{font-size:1.5rem}</style>
</head>
<body>
<main>
<p>${escape(site)}</p>
<h1>${escape(t.title)}</h1>
<p>${escape(t.lede)}</p>
<p><a href="${escape(retryHref)}">${escape(t.retry)}</a> · <a href="${escape(homeHref)}">${escape(t.home)}</a></p>
</main>
</body>
</html>
`;
  return { html, status: 503, retryAfter: RETRY_AFTER_SECONDS };
}
