// Stable ASCII identifiers for URLs. A local government's slug carries its region, because names
// repeat across regions (중구 in six metropolitan cities; 고성군 in Gangwon and Gyeongnam).
import { foldRomanization, toCodeListSpelling } from './romanization';

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * 'seoul' + 'Gwanak-gu' → 'seoul-gwanak-gu'. Sejong, a region that is one city, is 'sejong'.
 * Made once, when the local government enters the registry, and never changed afterwards.
 */
export function localGovernmentSlug(options: { regionSlug: string; nameEn: string; isWholeRegion: boolean }): string {
  return options.isWholeRegion ? options.regionSlug : `${options.regionSlug}-${slugify(options.nameEn)}`;
}

/** True when two English spellings name the same place ("Shinan County" and "Sinan-gun"). */
export function isSameRomanizedName(a: string, b: string): boolean {
  return foldRomanization(toCodeListSpelling(a)) === foldRomanization(toCodeListSpelling(b));
}
