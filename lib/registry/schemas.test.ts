import { describe, expect, it } from 'vitest';
import { parseAsOf } from './schemas';

describe('the as-of day in the URL', () => {
  it('takes a real day between 2001 and today', () => {
    expect(parseAsOf('2019-10-01', '2026-11-23')).toEqual({ asOf: '2019-10-01', isFallback: false });
    expect(parseAsOf(['2023-12-31', 'x'], '2026-11-23')).toEqual({ asOf: '2023-12-31', isFallback: false });
  });
  it('falls back to today, saying so, for anything else', () => {
    expect(parseAsOf(undefined, '2026-11-23')).toEqual({ asOf: '2026-11-23', isFallback: false });
    for (const bad of ['2019-02-30', '2000-12-31', '2027-01-01', 'yesterday', '2019-1-1']) {
      expect(parseAsOf(bad, '2026-11-23'), bad).toEqual({ asOf: '2026-11-23', isFallback: true });
    }
  });
});
