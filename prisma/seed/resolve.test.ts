import { describe, expect, it } from 'vitest';
import { resolveLocalGovernment, resolveRegion } from './resolve';

const regions = [
  { id: 1, shortEns: ['Incheon'] },
  { id: 2, shortEns: ['Jeonnam-Gwangju'] },
  { id: 3, shortEns: ['Jeonnam'] },
  { id: 4, shortEns: ['Sejong'] },
  { id: 5, shortEns: ['Gangwon'] },
];
const lgs = [
  { id: 10, code: '28177', kind: 'gu', regionIds: [1], namesEn: ['Michuhol-gu', 'Nam-gu'] },
  { id: 11, code: '28140', kind: 'gu', regionIds: [1], namesEn: ['Dong-gu'] },
  { id: 12, code: '12870', kind: 'gun', regionIds: [2, 3], namesEn: ['Sinan-gun'] },
  { id: 13, code: '36110', kind: 'special_city', regionIds: [4], namesEn: ['Sejong Special Self-Governing City'] },
];

describe('resolveLocalGovernment', () => {
  it('finds a city by the name it had when the source was written', () => {
    expect(resolveLocalGovernment(regions, lgs, { region: 'Incheon', nameEn: 'Nam-gu' }).code).toBe('28177');
  });

  it('finds a city under the region it belonged to then, in the source’s spelling', () => {
    expect(resolveLocalGovernment(regions, lgs, { region: 'Jeonnam', nameEn: 'Shinan County' }).code).toBe('12870');
  });

  it('finds a region that is one city by the region’s name', () => {
    expect(resolveLocalGovernment(regions, lgs, { region: 'Sejong', nameEn: 'Sejong City' }).code).toBe('36110');
  });

  it('refuses to guess when nothing matches', () => {
    expect(() => resolveLocalGovernment(regions, lgs, { region: 'Incheon', nameEn: 'Seo-gu' })).toThrow(/matches 0/);
    expect(() => resolveRegion(regions, 'Atlantis')).toThrow(/matches 0/);
  });
});
