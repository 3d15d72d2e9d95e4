// The languages the portal speaks: Korean first (the source of every text), then English.
// lib/i18n/routing.ts builds next-intl's routing from this list.
export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ko';

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}
