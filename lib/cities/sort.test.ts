import { describe, expect, it } from 'vitest';
import { sortCities } from './sort';

const city = (nameKo: string, nameEn: string, firstYear: number | null, regionOrder: number, code: string) => ({
  nameKo,
  nameEn,
  firstYear,
  regionOrder,
  code,
});
const cities = [
  city('중구', 'Jung-gu', 2017, 2, '26110'),
  city('관악구', 'Gwanak-gu', 2004, 1, '11620'),
  city('청주시', 'Cheongju-si', null, 11, '43110'),
  city('해운대구', 'Haeundae-gu', 2002, 2, '26350'),
];

describe('sortCities', () => {
  it('sorts Korean names in 가나다 order and English names alphabetically', () => {
    expect(sortCities(cities, 'name', 'ko').map((c) => c.nameKo)).toEqual(['관악구', '중구', '청주시', '해운대구']);
    expect(sortCities(cities, 'name', 'en').map((c) => c.nameEn)).toEqual(['Cheongju-si', 'Gwanak-gu', 'Haeundae-gu', 'Jung-gu']);
  });

  it('sorts by region order, then code', () => {
    expect(sortCities(cities, 'region', 'ko').map((c) => c.code)).toEqual(['11620', '26110', '26350', '43110']);
  });

  it('puts a city whose year is unknown last, in both directions', () => {
    expect(sortCities(cities, 'year', 'ko').map((c) => c.firstYear)).toEqual([2002, 2004, 2017, null]);
    expect(sortCities(cities, 'year-desc', 'ko').map((c) => c.firstYear)).toEqual([2017, 2004, 2002, null]);
  });

  it('leaves its input untouched', () => {
    const before = cities.map((c) => c.code);
    sortCities(cities, 'name', 'ko');
    expect(cities.map((c) => c.code)).toEqual(before);
  });
});
