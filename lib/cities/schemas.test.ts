import { describe, expect, it } from 'vitest';
import { parseCitySearch } from './schemas';

describe('parseCitySearch', () => {
  it('reads a shared search URL', () => {
    expect(parseCitySearch({ q: ' 관악 ', region: 'seoul', from: '2004', to: '2010', sort: 'year', scope: 'all' })).toEqual({
      q: '관악',
      region: 'seoul',
      from: 2004,
      to: 2010,
      sort: 'year',
      scope: 'all',
      wasYearRangeReversed: false,
    });
  });

  it('falls back to defaults for anything malformed instead of failing', () => {
    expect(parseCitySearch({ region: '<script>', from: 'abc', to: '1990', sort: 'price', scope: 'everything' })).toEqual({
      q: '',
      region: undefined,
      from: undefined,
      to: undefined,
      sort: 'region',
      scope: 'designated',
      wasYearRangeReversed: false,
    });
  });

  it('orders by best match when there is a query and by region when there is none, unless told', () => {
    expect(parseCitySearch({ q: 'Pusan' }).sort).toBe('relevance');
    expect(parseCitySearch({}).sort).toBe('region');
    expect(parseCitySearch({ q: 'Pusan', sort: 'name' }).sort).toBe('name');
  });

  it('swaps a reversed year range and says so', () => {
    expect(parseCitySearch({ from: '2015', to: '2005' })).toMatchObject({ from: 2005, to: 2015, wasYearRangeReversed: true });
  });

  it('takes the first value of a repeated parameter', () => {
    expect(parseCitySearch({ q: ['서초', '강남'] }).q).toBe('서초');
  });

  it('drops an over-long query', () => {
    expect(parseCitySearch({ q: '가'.repeat(500) }).q).toBe('');
  });
});
