import { describe, expect, it } from 'vitest';
import { filterQuery, NO_FILTERS, parseSubsidyFilters, statusesOf } from './filters';

describe('subsidy filters', () => {
  it('read year, programme, region, city and status from the URL', () => {
    expect(
      parseSubsidyFilters({ year: '2023', programme: 'new-city', region: 'gangwon', city: 'gangwon-yangyang-gun', status: 'disbursed' }),
    ).toEqual({
      year: 2023,
      programme: 'new-city',
      region: 'gangwon',
      regionBasis: 'current',
      city: 'gangwon-yangyang-gun',
      status: 'disbursed',
    });
    // Regions as they are today unless the region at the time of the announcement is asked for (issue 14).
    expect(parseSubsidyFilters(new URLSearchParams('regionAt=announced')).regionBasis).toBe('announced');
    expect(parseSubsidyFilters(new URLSearchParams('regionAt=then')).regionBasis).toBe('current');
    expect(parseSubsidyFilters(new URLSearchParams('year=2021'))).toEqual({ ...NO_FILTERS, year: 2021 });
  });

  it('drop what is not a valid filter instead of failing', () => {
    expect(parseSubsidyFilters({ year: '1999', programme: 'DROP TABLE', region: '', city: ['a', 'b'], status: 'paid' })).toEqual({
      ...NO_FILTERS,
      city: 'a',
    });
    expect(parseSubsidyFilters({ year: '2023.5' }).year).toBeNull();
  });

  it('count announced and disbursed money unless a status is chosen', () => {
    expect(statusesOf('allocated')).toEqual(['announced', 'disbursed']);
    expect(statusesOf('returned')).toEqual(['returned']);
  });

  it('write the filters back without the defaults', () => {
    expect(filterQuery(NO_FILTERS)).toBe('');
    expect(filterQuery({ ...NO_FILTERS, year: 2023, status: 'draft' })).toBe('?year=2023&status=draft');
    expect(filterQuery({ ...NO_FILTERS, year: 2023 }, { city: 'busan-seo-gu' })).toBe('?year=2023&city=busan-seo-gu');
    expect(filterQuery({ ...NO_FILTERS, region: 'gwangju', regionBasis: 'announced' })).toBe('?region=gwangju&regionAt=announced');
  });
});
