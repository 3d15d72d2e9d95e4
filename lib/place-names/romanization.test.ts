import { describe, expect, it } from 'vitest';
import { foldRomanization, foldRomanizedWords, toCodeListSpelling } from './romanization';
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
