import { describe, expect, it } from 'vitest';
import { buildSearchKeys } from './search-keys';
import { isEmptyQuery, parseSearchQuery } from './search-query';

const keys = buildSearchKeys({
  namesKo: ['관악구'],
  namesEn: ['Gwanak-gu'],
  regionNamesKo: ['서울', '서울특별시'],
  regionNamesEn: ['Seoul'],
});
const matches = (query: string) => {
  const fragments = parseSearchQuery(query);
  return (
    !isEmptyQuery(fragments) &&
    fragments.initials.every((f) => keys.searchInitials.includes(f)) &&
    fragments.jamo.every((f) => keys.searchJamo.includes(f)) &&
    fragments.latin.every((f) => keys.searchLatin.includes(f))
  );
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

  it('treats a query of punctuation only as empty', () => {
    expect(isEmptyQuery(parseSearchQuery('  !!! '))).toBe(true);
    expect(isEmptyQuery(parseSearchQuery(''))).toBe(true);
  });
});
