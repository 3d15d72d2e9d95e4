import { describe, expect, it } from 'vitest';
import { CitiesQuerySchema, RegionsQuerySchema } from './parameters';
import { parseQuery } from './request';

const parse = (query: string) => parseQuery(new URLSearchParams(query), CitiesQuerySchema);

describe('reading an API query', () => {
  it('fills in the defaults and types the values', () => {
    expect(parse('region=seoul&from=2010&page=2')).toEqual({
      isValid: true,
      query: { region: 'seoul', from: 2010, scope: 'designated', page: 2, pageSize: 50 },
    });
  });

  it('takes an empty value as not given, as a search form sends it', () => {
    expect(parse('q=&from=&region=seoul')).toMatchObject({ isValid: true, query: { region: 'seoul' } });
  });

  it('refuses an unknown parameter, a repeated one, and a number not written in digits', () => {
    const parsed = parse('regoin=seoul&page=1&page=2&pageSize=1e1');
    expect(parsed.isValid).toBe(false);
    if (parsed.isValid) return;
    expect(parsed.errors.map((error) => [error.name, error.code])).toEqual([
      ['page', 'repeated_parameter'],
      ['pageSize', 'invalid_type'],
      ['regoin', 'unknown_parameter'],
    ]);
  });

  it('refuses a day that does not exist, one before 2001 and one after today', () => {
    for (const asOf of ['2019-02-30', '2000-12-31', '2999-01-01', 'yesterday']) {
      const parsed = parseQuery(new URLSearchParams({ asOf }), RegionsQuerySchema);
      expect(parsed, asOf).toMatchObject({ isValid: false, errors: [{ name: 'asOf', in: 'query' }] });
    }
  });

  it('refuses a reversed year range and scope=all on a past day', () => {
    expect(parse('from=2015&to=2010')).toMatchObject({ isValid: false, errors: [{ name: 'to' }] });
    expect(parse('asOf=2019-10-01&scope=all')).toMatchObject({ isValid: false, errors: [{ name: 'scope' }] });
  });
});
