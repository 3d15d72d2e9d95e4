import { describe, expect, it } from 'vitest';
import { foldRomanization, foldRomanizedWords, looseRomanization, toCodeListSpelling } from './romanization';
import { isSameRomanizedName, localGovernmentSlug, slugify } from './slug';

describe('romanization folding', () => {
  it('brings the county’s own spelling and the standard one together', () => {
    expect(foldRomanization('Shinan')).toBe(foldRomanization('Sinan'));
    expect(foldRomanization('PyeongChang')).toBe(foldRomanization('Pyeongchang'));
    expect(foldRomanization('Busan Jin-gu')).toBe(foldRomanization('Busanjin-gu'));
  });

  it('reads English suffix words as the Korean suffix they stand for', () => {
    expect(foldRomanizedWords('Suwon City')).toEqual(['suwon', 'si']);
    expect(foldRomanizedWords('Yanggu County')).toEqual(['yanggu', 'gun']);
    expect(foldRomanizedWords('Gangwon Province')).toEqual(['gangwon']);
  });

  it('rewrites a source’s “City”/“County” into the code list’s spelling', () => {
    expect(toCodeListSpelling('Suwon City')).toBe('Suwon-si');
    expect(toCodeListSpelling('Gapyeong County')).toBe('Gapyeong-gun');
    expect(toCodeListSpelling('Gwanak-gu')).toBe('Gwanak-gu');
  });

  it('tells when two spellings name the same place, and when they do not', () => {
    expect(isSameRomanizedName('Shinan County', 'Sinan-gun')).toBe(true);
    expect(isSameRomanizedName('Icheon City', 'Incheon')).toBe(false);
    expect(isSameRomanizedName('Hamyang County', 'Hampyeong-gun')).toBe(false);
  });
});

describe('the loose key of older spellings', () => {
  // Each pair: what a visitor types (McCune–Reischauer, with or without its marks, or an older
  // informal spelling) and the Revised Romanization the registry stores.
  const pairs: [string, string][] = [
    ['Pusan', 'Busan'],
    ['Kwangmyung', 'Gwangmyeong'],
    ['Kwangmyŏng-si', 'Gwangmyeong-si'],
    ['Chonju', 'Jeonju'],
    ['Chŏnju', 'Jeonju'],
    ['Cheju', 'Jeju'],
    ['Kwangju', 'Gwangju'],
    ['Kangnam', 'Gangnam'],
    ['Sogwipo', 'Seogwipo'],
    ["Sŏgwip'o", 'Seogwipo'],
    ['Taegu', 'Daegu'],
    ['Inchon', 'Incheon'],
    ["Inch'ŏn", 'Incheon'],
    ['Ulsan', 'Ulsan'],
    ['Kyongju', 'Gyeongju'],
    ['Chorwon', 'Cheorwon'],
    ["Yŏn'gi", 'Yeongi'],
    ['Ullung', 'Ulleung'],
    ['Euijeongbu', 'Uijeongbu'],
    ['Choongchung', 'Chungcheong'],
  ];
  it.each(pairs)('%s meets %s', (typed, stored) => {
    expect(looseRomanization(typed)).toBe(looseRomanization(stored));
  });

  it('keeps apart the names it must not merge', () => {
    expect(looseRomanization('Chonju')).not.toBe(looseRomanization('Cheongju'));
    expect(looseRomanization('Icheon')).not.toBe(looseRomanization('Incheon'));
    expect(looseRomanization('Jinju')).not.toBe(looseRomanization('Jeonju'));
    expect(looseRomanization('Hamyang')).not.toBe(looseRomanization('Hampyeong'));
    expect(looseRomanization('Yeongi')).not.toBe(looseRomanization('Yeonggi'));
  });

  it('keeps ng a nasal: the g of ng never becomes a k', () => {
    expect(looseRomanization('Gangnam')).toBe('kaNnam');
    expect(looseRomanization('Gwangmyeong')).toBe('kwaNmyoN');
  });
});

describe('slugs', () => {
  it('carry the region, since names repeat across regions', () => {
    expect(localGovernmentSlug({ regionSlug: 'busan', nameEn: 'Gangseo-gu', isWholeRegion: false })).toBe('busan-gangseo-gu');
    expect(localGovernmentSlug({ regionSlug: 'seoul', nameEn: 'Gangseo-gu', isWholeRegion: false })).toBe('seoul-gangseo-gu');
  });

  it('name a region that is one city by the region alone', () => {
    expect(localGovernmentSlug({ regionSlug: 'sejong', nameEn: 'Sejong Special Self-Governing City', isWholeRegion: true })).toBe('sejong');
  });

  it('are lower-case ASCII with single hyphens', () => {
    expect(slugify('Jeonnam-Gwangju')).toBe('jeonnam-gwangju');
    expect(slugify('  Seoul  Dongbu ')).toBe('seoul-dongbu');
    expect(slugify('Sŏul')).toBe('soul');
  });
});
