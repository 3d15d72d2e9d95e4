// Turns what a visitor typed into terms: each word is one term, which every local government found
// must match (AND), so "부산 강서" and "Gangseo Busan" narrow down. The same terms filter rows in
// the database (the trigram-indexed key columns) and rank them (search-rank.ts).
import { disassemble } from 'es-hangul';
import type { Prisma } from '@/lib/generated/prisma/client';
import { foldRomanizedWords, looseRomanization } from './romanization';

export type SearchTerm =
  | { script: 'initials'; value: string }
  | { script: 'hangul'; value: string }
  /** A romanized word: as the registry spells it, and its loose key (older spellings). */
  | { script: 'latin'; value: string; loose: string };

const INITIALS_ONLY = /^[ㄱ-ㅎ]+$/;
const HANGUL = /[ㄱ-ㅎㅏ-ㅣ가-힣]/;
const LATIN_SUFFIXES = new Set(['si', 'gun', 'gu']);

/** Romanized words, with a suffix word joined to the name before it: "Yeoju County" → yeojugun. */
function latinWords(words: string[]): string[] {
  const folded = words.flatMap((word) => foldRomanizedWords(word));
  return folded.reduce<string[]>((joined, word) => {
    if (LATIN_SUFFIXES.has(word) && joined.length > 0) joined[joined.length - 1] += word;
    else joined.push(word);
    return joined;
  }, []);
}

export function parseSearchQuery(query: string): SearchTerm[] {
  const words = query.normalize('NFC').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  const terms: SearchTerm[] = [];
  const latin: string[] = [];
  for (const word of words) {
    if (INITIALS_ONLY.test(word)) terms.push({ script: 'initials', value: word });
    else if (HANGUL.test(word)) {
      const value = disassemble(word.replace(/[^ㄱ-ㅎㅏ-ㅣ가-힣0-9]/g, ''));
      if (value) terms.push({ script: 'hangul', value });
    } else latin.push(word);
  }
  for (const value of latinWords(latin)) terms.push({ script: 'latin', value, loose: looseRomanization(value) });
  return terms;
}

export function isEmptyQuery(terms: SearchTerm[]): boolean {
  return terms.length === 0;
}

/** The database's filter for one term: its key column contains it (a trigram index serves each). */
export function termCondition(term: SearchTerm): Prisma.LocalGovernmentWhereInput {
  switch (term.script) {
    case 'initials':
      return { searchInitials: { contains: term.value } };
    case 'hangul':
      return { searchJamo: { contains: term.value } };
    case 'latin':
      return { OR: [{ searchLatin: { contains: term.value } }, { searchLoose: { contains: term.loose } }] };
  }
}

/** Conditions that find a local government by what was typed (same keys as the public search). */
export function nameConditions(query: string): Prisma.LocalGovernmentWhereInput[] {
  const byCode = /^\d{2,5}$/.test(query.trim()) ? [{ code: { startsWith: query.trim() } }] : [];
  if (byCode.length) return [{ OR: byCode }];
  return parseSearchQuery(query).map(termCondition);
}
