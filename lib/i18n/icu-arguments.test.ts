import { describe, expect, it } from 'vitest';
import { icuArguments } from './icu-arguments';

describe('icuArguments', () => {
  it('finds plain, plural and date arguments once each, sorted', () => {
    expect(icuArguments('{count, plural, one {# city in {region}} other {# cities in {region}}} as of {date, date, long}')).toEqual([
      'count',
      'date',
      'region',
    ]);
  });

  it('finds none in plain text', () => {
    expect(icuArguments('검색')).toEqual([]);
  });
});
