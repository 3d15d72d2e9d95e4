// Folding English spellings of Korean place names so that the common variants meet:
// "Shinan" (the county's own spelling) and "Sinan" (Revised Romanization); "Busan Jin" and
// "Busanjin"; "PyeongChang" and "Pyeongchang"; "Suwon City" and "Suwon-si".
// The variants are those listed in the compiled reference data (docs/data-notes.md, "Pitfalls").

/** English words for an administrative suffix, as the sources write them ("Suwon City"). */
const SUFFIX_WORDS: Record<string, string> = {
  city: 'si',
  county: 'gun',
  district: 'gu',
  province: '',
  metropolitan: '',
  special: '',
  'self-governing': '',
  state: '',
};

/** Lower case, no diacritics, apostrophes, spaces or hyphens; "shi" read as "si". */
export function foldRomanization(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/shi/g, 'si');
}

/** Splits an English query into folded words, turning suffix words into the suffix they stand for. */
export function foldRomanizedWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s,]+/)
    .map((word) => (word in SUFFIX_WORDS ? (SUFFIX_WORDS[word] ?? '') : foldRomanization(word)))
    .filter((word) => word.length > 0);
}

/** "Suwon City" → "Suwon-si", "Gapyeong County" → "Gapyeong-gun": the form the code list uses. */
export function toCodeListSpelling(name: string): string {
  return name
    .trim()
    .replace(/\s+City$/i, '-si')
    .replace(/\s+County$/i, '-gun')
    .replace(/\s+District$/i, '-gu');
}
