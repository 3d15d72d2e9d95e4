// next-intl's per-request configuration. The locale comes from the [locale] root segment
// through next/root-params (Next 16.3+), which keeps pages statically renderable; server
// actions and route handlers, where root params are unavailable, pass the locale explicitly.
import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { routing } from './routing';
import { TIME_ZONE } from '@/lib/core/dates';

export default getRequestConfig(async ({ locale: explicitLocale }) => {
  const candidate = explicitLocale ?? (await rootLocale());
  const locale = hasLocale(routing.locales, candidate) ? candidate : routing.defaultLocale;
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
