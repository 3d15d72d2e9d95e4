// Title, description, canonical URL and hreflang alternates for a public page.
import type { Metadata } from 'next';
import { routing } from './routing';

export function pageMetadata(options: { locale: string; path: string; title: string; description?: string; siteName?: string }): Metadata {
  const path = options.path === '/' ? '' : options.path;
  return {
    // The home page's title is the site's name, without the " · site" suffix the layout adds.
    title: options.path === '/' ? { absolute: options.title } : options.title,
    description: options.description,
    alternates: {
      canonical: `/${options.locale}${path}`,
      languages: {
        ...Object.fromEntries(routing.locales.map((locale) => [locale, `/${locale}${path}`])),
        'x-default': `/${routing.defaultLocale}${path}`,
      },
    },
    openGraph: {
      type: 'website',
      url: `/${options.locale}${path}`,
      siteName: options.siteName,
      title: options.title,
      description: options.description,
      locale: options.locale === 'ko' ? 'ko_KR' : 'en_US',
      alternateLocale: options.locale === 'ko' ? ['en_US'] : ['ko_KR'],
    },
    twitter: { card: 'summary', title: options.title, description: options.description },
  };
}
