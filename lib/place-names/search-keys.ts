// What a local government can be found by. Stored in three indexed columns (schema.prisma,
// LocalGovernment.search*) and matched by lib/place-names/search-query.ts.
import { disassemble, getChoseong, romanize } from 'es-hangul';
import { foldRomanization } from './romanization';

export type SearchKeys = { searchInitials: string; searchJamo: string; searchLatin: string };

export type SearchKeyInput = {
  /** Every Korean name the local government has had, current first. */
  namesKo: string[];
  /** Every English name it has had, in every spelling worth finding it by. */
  namesEn: string[];
  /** Its regions' names, current and former (서울, 서울특별시, Seoul …). */
  regionNamesKo: string[];
  regionNamesEn: string[];
};

const SEPARATOR = ' ';

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}

export function buildSearchKeys(input: SearchKeyInput): SearchKeys {
  const namesKo = unique(input.namesKo.map((name) => name.replace(/\s/g, '')));
  const regionNamesKo = unique(input.regionNamesKo.map((name) => name.replace(/\s/g, '')));
  return {
    // Region names are left out here: ㅅㅇ should find 성동구-like names, not every city of 서울.
    searchInitials: unique(namesKo.map((name) => getChoseong(name))).join(SEPARATOR),
    searchJamo: unique([...namesKo, ...regionNamesKo].map((name) => disassemble(name))).join(SEPARATOR),
    searchLatin: unique([...input.namesEn, ...namesKo.map((name) => romanize(name)), ...input.regionNamesEn].map(foldRomanization)).join(
      SEPARATOR,
    ),
  };
}
