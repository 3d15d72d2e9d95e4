import { describe, expect, it } from 'vitest';
import { buildSearchKeys } from './search-keys';
import { isEmptyQuery, parseSearchQuery, type SearchTerm } from './search-query';

const keys = buildSearchKeys([
  {
    via: 'current',
    nameKo: '관악구',
    nameEn: 'Gwanak-gu',
    kind: 'gu',
    regions: [{ nameKo: '서울특별시', shortKo: '서울', shortEn: 'Seoul' }],
    until: null,
    changes: [],
  },
]);
/** What the database's filter does with the key columns (termCondition). */
const contains = (term: SearchTerm) => {
  switch (term.script) {
    case 'initials':
      return keys.searchInitials.includes(term.value);
    case 'hangul':
      return keys.searchJamo.includes(term.value);
    case 'latin':
      return keys.searchLatin.includes(term.value) || keys.searchLoose.includes(term.loose);
  }
};
const matches = (query: string) => {
  const terms = parseSearchQuery(query);
  return !isEmptyQuery(terms) && terms.every(contains);
};

describe('parseSearchQuery against a city’s search keys', () => {
  it('matches initial consonants', () => {
    expect(matches('ㄱㅇ')).toBe(true);
    expect(matches('ㄱㅇㄱ')).toBe(true);
    expect(matches('ㅅㅇ')).toBe(false);
  });

  it('matches whole and half-typed syllables', () => {
    expect(matches('관악')).toBe(true);
    expect(matches('관아')).toBe(true);
    expect(matches('관악구')).toBe(true);
    expect(matches('강남')).toBe(false);
  });

  it('matches the region together with the name, in either order', () => {
    expect(matches('서울 관악')).toBe(true);
    expect(matches('Gwanak Seoul')).toBe(true);
    expect(matches('부산 관악')).toBe(false);
  });

  it('matches English spellings whatever their case, spacing and suffix word', () => {
    expect(matches('gwanak')).toBe(true);
    expect(matches('GWANAK-GU')).toBe(true);
    expect(matches('Gwanak District')).toBe(true);
    expect(matches('Gwanak County')).toBe(false);
  });

  it('matches older romanizations through the loose key', () => {
    expect(matches('Kwanak')).toBe(true);
    expect(matches('Soul Kwanak-ku')).toBe(true);
    expect(matches('Kwangju')).toBe(false);
  });

  it('matches the region with the suffix people add to it', () => {
    expect(matches('서울시 관악구')).toBe(true);
    expect(matches('Seoul City')).toBe(true);
  });

  it('treats a query of punctuation only as empty', () => {
    expect(isEmptyQuery(parseSearchQuery('  !!! '))).toBe(true);
    expect(isEmptyQuery(parseSearchQuery(''))).toBe(true);
  });
});
