// Names and texts in the reader's language: the one place that knows which of a record's two
// columns (nameKo / nameEn, titleKo / titleEn …) a locale reads. Components and pages never test
// the locale themselves (eslint.config.mjs forbids `locale === 'ko'` there).
import { isLocale, LOCALES, type Locale } from './locales';

/** A reader whose locale is not one of ours reads English, the portal's second language. */
const readerLocale = (locale: string): Locale => (isLocale(locale) ? locale : 'en');

/** One value per language, picked for the reader: `byLocale(locale, { ko: 'ko-KR', en: 'en-US' })`.
 * Keyed by every locale, so a language added to lib/core/locales.ts fails to compile until each is given. */
export function byLocale<T>(locale: string, values: Record<Locale, T>): T {
  return values[readerLocale(locale)];
}

/** The BCP 47 tag Intl's number and collation rules want for the reader. */
export function intlLocale(locale: string): string {
  return byLocale(locale, { ko: 'ko-KR', en: 'en-US' });
}

/** The other language of the two: the one a page offers to switch to, or gives a name in beside its own. */
export function otherLocale(locale: string): Locale {
  return LOCALES.find((candidate) => candidate !== readerLocale(locale))!;
}

const SUFFIX = { ko: 'Ko', en: 'En' } as const satisfies Record<Locale, string>;
type Pair<F extends string> = { [K in `${F}Ko` | `${F}En`]: unknown };

/** A record's column in the reader's language: `localField(programme, 'purpose', locale)` reads
 * `purposeKo` or `purposeEn`. */
export function localField<F extends string, R extends Pair<F>>(record: R, field: F, locale: string): R[`${F}Ko`] | R[`${F}En`] {
  return record[`${field}${byLocale(locale, SUFFIX)}` as `${F}Ko` | `${F}En`];
}

export type Bilingual = { nameKo: string; nameEn: string };

export function localName(entity: Bilingual, locale: string): string {
  return localField(entity, 'name', locale);
}

export type RegionNames = { shortKo: string; shortEn: string };

/**
 * "서울 관악구" / "Gwanak-gu, Seoul": how a local government is named with its region. A special
 * self-governing city is its own region and is named once: "세종특별자치시", not "세종 세종특별자치시"
 * (issue 14). "부산 부산진구" keeps its region: a district whose name begins like its city's.
 */
export function qualifiedName(entity: Bilingual & { kind?: string }, region: RegionNames, locale: string): string {
  if (entity.kind === 'special_city') return localName(entity, locale);
  return byLocale(locale, { ko: `${region.shortKo} ${entity.nameKo}`, en: `${entity.nameEn}, ${region.shortEn}` });
}

/** A choice in a staff form's list, named in both languages. */
export type Option = { value: string; labelKo: string; labelEn: string };

export function localOptions(options: Option[], locale: string): { value: string; label: string }[] {
  return options.map((option) => ({ value: option.value, label: localField(option, 'label', locale) }));
}
