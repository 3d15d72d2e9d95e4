// Picking the name of a thing in the visitor's language.
export type Bilingual = { nameKo: string; nameEn: string };

export function localName(entity: Bilingual, locale: string): string {
  return locale === 'ko' ? entity.nameKo : entity.nameEn;
}

export type RegionNames = { shortKo: string; shortEn: string };

/** "서울 관악구" / "Gwanak-gu, Seoul": how a local government is named with its region. */
export function qualifiedName(entity: Bilingual, region: RegionNames, locale: string): string {
  return locale === 'ko' ? `${region.shortKo} ${entity.nameKo}` : `${entity.nameEn}, ${region.shortEn}`;
}
