import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/core/locales';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: 'always',
  // Every address carries its locale, so a cookie remembering it adds nothing, and a Set-Cookie
  // on every page would keep a shared cache (deploy/nginx.conf) from storing any of them.
  localeCookie: false,
});

export type AppLocale = (typeof routing.locales)[number];
