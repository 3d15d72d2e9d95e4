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

/**
 * A coarse key that brings together the spellings people type for one Korean sound, so that a
 * McCune–Reischauer or older spelling finds the Revised Romanization the registry uses: Pusan and
 * Busan, Chŏnju/Chonju and Jeonju, Cheju and Jeju, Taegu and Daegu, Inch'ŏn/Inchon and Incheon,
 * Kwangmyung and Gwangmyeong, Sogwipo and Seogwipo. What it merges (the differences between the
 * two systems, National Institute of Korean Language, 국어의 로마자 표기법 2000, and the McCune–
 * Reischauer tables): voiced and voiceless stops (g/k, d/t, b/p), j/ch/tch, r/l; the vowels
 * eo/ŏ, eu/ŭ, u and o (informal spellings write 명 "myung", 성 "sung"); doubled letters and
 * apostrophes. It merges more than it should on purpose (Cheongju and Chungju meet): the search
 * ranks a match of the registry's own spellings above a match of this key.
 */
export function looseRomanization(text: string): string {
  return (
    foldRomanization(text)
      // ng first, so that its g stays a nasal and never becomes the k of a stop.
      .replace(/ng/g, 'N')
      .replace(/tch|ch|j/g, 'c')
      .replace(/sh/g, 's')
      .replace(/g/g, 'k')
      .replace(/d/g, 't')
      .replace(/b/g, 'p')
      .replace(/r/g, 'l')
      .replace(/eo|eu|u/g, 'o')
      .replace(/([a-zN])\1+/g, '$1')
  );
}
