// How well a local government matches what was typed, from its search document (search-keys.ts):
// exact (a name, with or without its suffix: 관악, 관악구, 세종시) > prefix (the start of a name:
// 관아, 서귀 for 서구's typist) > word (its region's name: Incheon for 인천's districts) >
// substring (inside a name: 진천 for "incheon"). A match of the registry's own spelling beats one
// of the loose key (older romanizations). Then (lib/cities/queries.ts) a unit that exists beats one
// that does not, and its own name beats a former one, which beats a predecessor merged into it,
// which beats one split into it.
import type { SearchName, SearchNameVia } from './search-keys';
import type { SearchTerm } from './search-query';

export const MATCH_LEVELS = ['exact', 'prefix', 'word', 'substring'] as const;
export type MatchLevel = (typeof MATCH_LEVELS)[number];

export type SearchMatch = {
  /** The best level any term reached, and the worst: "서울 관악" is exact on 관악, a word on 서울. */
  best: MatchLevel;
  worst: MatchLevel;
  /** Some term matched only through the loose key. */
  isLoose: boolean;
  /** The name matched. */
  name: SearchName;
};

const VIA_ORDER: Record<SearchNameVia, number> = { current: 0, former: 1, merged: 2, split: 3 };
const level = (value: MatchLevel) => MATCH_LEVELS.indexOf(value);

function levelIn(value: string, names: string[], regions: string[]): MatchLevel | null {
  if (names.includes(value)) return 'exact';
  if (names.some((name) => name.startsWith(value))) return 'prefix';
  if (regions.some((region) => region.startsWith(value))) return 'word';
  if (names.some((name) => name.includes(value)) || regions.some((region) => region.includes(value))) return 'substring';
  return null;
}

type TermMatch = { level: MatchLevel; isLoose: boolean };

function matchTerm(term: SearchTerm, name: SearchName): TermMatch | null {
  switch (term.script) {
    case 'initials': {
      const found = levelIn(term.value, name.names.initials, []);
      return found && { level: found, isLoose: false };
    }
    case 'hangul': {
      const found = levelIn(term.value, name.names.jamo, name.regionForms.jamo);
      return found && { level: found, isLoose: false };
    }
    case 'latin': {
      const strict = levelIn(term.value, name.names.latin, name.regionForms.latin);
      const loose = levelIn(term.loose, name.names.loose, name.regionForms.loose);
      if (strict && (!loose || level(strict) <= level(loose))) return { level: strict, isLoose: false };
      return loose && { level: loose, isLoose: true };
    }
  }
}

/** Negative when a matches better than b, by how well the terms match. */
export function compareMatches(a: SearchMatch, b: SearchMatch): number {
  return level(a.best) - level(b.best) || level(a.worst) - level(b.worst) || Number(a.isLoose) - Number(b.isLoose);
}

/** Negative when a was found by a closer name than b: its own, a former one, a predecessor's. */
export function compareVias(a: SearchMatch, b: SearchMatch): number {
  return VIA_ORDER[a.name.via] - VIA_ORDER[b.name.via];
}

/** How one name matches every term, or null when some term misses it. */
function matchName(terms: SearchTerm[], name: SearchName): SearchMatch | null {
  const found: TermMatch[] = [];
  for (const term of terms) {
    const match = matchTerm(term, name);
    if (!match) return null;
    found.push(match);
  }
  const levels = found.map((match) => level(match.level));
  return {
    best: MATCH_LEVELS[Math.min(...levels)]!,
    worst: MATCH_LEVELS[Math.max(...levels)]!,
    isLoose: found.some((match) => match.isLoose),
    name,
  };
}

/** The best match among a local government's names, or null when none matches every term. */
export function matchSearch(terms: SearchTerm[], names: readonly SearchName[]): SearchMatch | null {
  if (terms.length === 0) return null;
  let best: SearchMatch | null = null;
  for (const name of names) {
    const match = matchName(terms, name);
    if (match && (!best || (compareMatches(match, best) || compareVias(match, best)) < 0)) best = match;
  }
  return best;
}
