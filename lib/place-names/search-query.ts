// Turns what a visitor typed into the fragments each search column must contain.
// Every fragment must match (AND), so "부산 강서" and "Gangseo Busan" narrow down.
import { disassemble } from 'es-hangul';
import type { Prisma } from '@/lib/generated/prisma/client';
import { foldRomanizedWords } from './romanization';

export type SearchFragments = { initials: string[]; jamo: string[]; latin: string[] };

const INITIALS_ONLY = /^[ㄱ-ㅎ]+$/;
const HANGUL = /[ㄱ-ㅎㅏ-ㅣ가-힣]/;

export function parseSearchQuery(query: string): SearchFragments {
  const fragments: SearchFragments = { initials: [], jamo: [], latin: [] };
  const words = query.normalize('NFC').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  for (const word of words) {
    if (INITIALS_ONLY.test(word)) fragments.initials.push(word);
    else if (HANGUL.test(word)) fragments.jamo.push(disassemble(word.replace(/[^ㄱ-ㅎㅏ-ㅣ가-힣0-9]/g, '')));
    else fragments.latin.push(...foldRomanizedWords(word));
  }
  return fragments;
}

export function isEmptyQuery(fragments: SearchFragments): boolean {
  return fragments.initials.length + fragments.jamo.length + fragments.latin.length === 0;
}

/** Conditions that find a local government by what was typed (same keys as the public search). */
export function nameConditions(query: string): Prisma.LocalGovernmentWhereInput[] {
  const fragments = parseSearchQuery(query);
  const byCode = /^\d{2,5}$/.test(query.trim()) ? [{ code: { startsWith: query.trim() } }] : [];
  if (byCode.length) return [{ OR: byCode }];
  return [
    ...fragments.initials.map((fragment) => ({ searchInitials: { contains: fragment } })),
    ...fragments.jamo.map((fragment) => ({ searchJamo: { contains: fragment } })),
    ...fragments.latin.map((fragment) => ({ searchLatin: { contains: fragment } })),
  ];
}
