// What a local government can be found by: every name it has had and the names of the units merged
// into it, each with its region, as a search document. The four key columns of LocalGovernment
// (schema.prisma, search*) are the document flattened for the trigram index; the document itself
// (searchNames) is what the search ranks with and what a result says it was found by.
// Built by lib/place-names/search-refresh.ts from LocalGovernmentPeriod and
// LocalGovernmentSuccession rows; matched by search-query.ts and ranked by search-rank.ts.
import { disassemble, getChoseong, romanize } from 'es-hangul';
import type { LocalGovernmentKind } from '@/lib/generated/prisma/enums';
import { foldRomanization, foldRomanizedWords, looseRomanization } from './romanization';

/**
 * Bumped whenever what the keys hold changes: rows built by an older format are rebuilt when the
 * database is next migrated or served (refreshStaleSearchKeys).
 */
export const SEARCH_KEYS_VERSION = 1;

/** How a name is the local government's: its own today, its own earlier, or a predecessor's. */
export const SEARCH_NAME_VIAS = ['current', 'former', 'merged', 'split'] as const;
export type SearchNameVia = (typeof SEARCH_NAME_VIAS)[number];

/** What changed on the day a former name ended. */
export type NameChange = 'name' | 'kind' | 'region' | 'code';

export type RegionNames = { nameKo: string; shortKo: string; shortEn: string };

export type SearchNameInput = {
  via: SearchNameVia;
  nameKo: string;
  nameEn: string;
  kind: LocalGovernmentKind;
  /** Its region then, first, and the region's other names (강원도 and 강원특별자치도). */
  regions: RegionNames[];
  /** The first day the name no longer held: a period's validUntil or a succession's effectiveOn. */
  until: string | null;
  changes: NameChange[];
};

type Forms = { initials: string[]; jamo: string[]; latin: string[]; loose: string[] };

/** One entry of the stored document (LocalGovernment.searchNames). */
export type SearchName = Omit<SearchNameInput, 'regions'> & {
  regionShortKo: string;
  regionShortEn: string;
  /** The name's own forms: full, without its suffix, with a plain suffix (세종시). */
  names: Forms;
  /** Its region's names: a match there places it, it does not name it. */
  regionForms: Omit<Forms, 'initials'>;
};

export type SearchKeys = {
  searchInitials: string;
  searchJamo: string;
  searchLatin: string;
  searchLoose: string;
  searchNames: SearchName[];
};

const SEPARATOR = ' ';
const KO_SUFFIX = /(특별자치시|특례시|시|군|구)$/;
const LATIN_SUFFIXES = new Set(['si', 'gun', 'gu']);

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}

/** 관악구 → 관악구, 관악; 세종특별자치시 → 세종특별자치시, 세종, 세종시. A stem of one syllable is too short to name a place. */
function koreanForms(name: string): string[] {
  const full = name.replace(/\s/g, '');
  const suffix = KO_SUFFIX.exec(full)?.[1];
  const stem = suffix ? full.slice(0, -suffix.length) : full;
  if (stem.length < 2 || stem === full) return [full];
  return unique([full, stem, suffix && suffix.endsWith('시') ? `${stem}시` : '']);
}

/** "Gwanak-gu" → gwanakgu, gwanak; "Sejong Special Self-Governing City" → sejongspecial…, sejongsi, sejong. */
function latinForms(name: string, hasStem = true): string[] {
  const words = foldRomanizedWords(name);
  const last = words.at(-1);
  const hyphenated = /^(.+)-(si|gun|gu)$/i.exec(name.trim());
  const stem = !hasStem
    ? ''
    : last && LATIN_SUFFIXES.has(last) && words.length > 1
      ? words.slice(0, -1).join('')
      : hyphenated
        ? foldRomanization(hyphenated[1]!)
        : '';
  return unique([foldRomanization(name), words.join(''), stem]);
}

function regionAliases(region: RegionNames): { ko: string[]; en: string[] } {
  // People write 인천시 and Incheon City for 인천광역시, as 세종시 for 세종특별자치시.
  const isCityRegion = region.nameKo.endsWith('시');
  return {
    ko: unique([region.shortKo, region.nameKo, isCityRegion ? `${region.shortKo}시` : '']),
    en: unique([region.shortEn, isCityRegion ? `${region.shortEn} City` : '']),
  };
}

export function buildSearchName(input: SearchNameInput): SearchName {
  const ko = koreanForms(input.nameKo);
  // 서구 has no stem (서 names nothing); nor has Seo-gu.
  const latin = unique([...latinForms(input.nameEn, ko.length > 1), ...ko.map((form) => foldRomanization(romanize(form)))]);
  const regions = input.regions.map(regionAliases);
  const regionKo = unique(regions.flatMap((region) => region.ko.map((name) => name.replace(/\s/g, ''))));
  const regionLatin = unique(regions.flatMap((region) => region.en.flatMap((name) => latinForms(name))));
  const { regions: _regions, ...rest } = input;
  return {
    ...rest,
    regionShortKo: input.regions[0]?.shortKo ?? '',
    regionShortEn: input.regions[0]?.shortEn ?? '',
    names: {
      initials: unique(ko.map((form) => getChoseong(form))),
      jamo: unique(ko.map((form) => disassemble(form))),
      latin,
      loose: unique(latin.map(looseRomanization)),
    },
    regionForms: {
      jamo: unique(regionKo.map((name) => disassemble(name))),
      latin: regionLatin,
      loose: unique(regionLatin.map(looseRomanization)),
    },
  };
}

export function buildSearchKeys(inputs: SearchNameInput[]): SearchKeys {
  const names = inputs.map(buildSearchName);
  const join = (values: string[]) => unique(values).join(SEPARATOR);
  return {
    // Region names are left out here: ㅅㅇ should find 성동구-like names, not every city of 서울.
    searchInitials: join(names.flatMap((name) => name.names.initials)),
    searchJamo: join(names.flatMap((name) => [...name.names.jamo, ...name.regionForms.jamo])),
    searchLatin: join(names.flatMap((name) => [...name.names.latin, ...name.regionForms.latin])),
    searchLoose: join(names.flatMap((name) => [...name.names.loose, ...name.regionForms.loose])),
    searchNames: names,
  };
}
