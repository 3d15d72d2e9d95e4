import { describe, expect, it } from 'vitest';
import { filterAgreements, parseAgreementFilters } from './filters';

const base = {
  topics: ['youth'],
  notices: [] as { kind: 'non_renewal' | 'termination'; givenOn: string; lastDayInForce: string | null }[],
};
const SEOUL_GIMPO = {
  ...base,
  slug: 'seoul-gimpo',
  signedOn: '2025-02-25',
  initialTermMonths: 12,
  initialTermUntil: null,
  renewalMonths: 12,
  maxRenewals: null,
  noticeMonths: null,
  topics: ['online_learning', 'youth'],
  parties: [{ organisation: { slug: 'region-seoul' } }, { organisation: { slug: 'gyeonggi-gimpo-si' } }],
};
const YOUTH_SHELTERS = {
  ...base,
  slug: 'youth-shelters',
  signedOn: '2025-02-06',
  initialTermMonths: null,
  initialTermUntil: '2025-12',
  renewalMonths: 12,
  maxRenewals: 3,
  noticeMonths: 1,
  parties: [{ organisation: { slug: 'region-seoul' } }, { organisation: { slug: 'korea-youth-shelter-council' } }],
};
const UNKNOWN = {
  ...base,
  slug: 'unknown',
  signedOn: '2022-11',
  initialTermMonths: null,
  initialTermUntil: null,
  renewalMonths: null,
  maxRenewals: null,
  noticeMonths: null,
  parties: [],
};
const ALL = [SEOUL_GIMPO, YOUTH_SHELTERS, UNKNOWN];

describe('the list of agreements, filtered', () => {
  it('keeps those in force on the day, each with its standing: the first term in 2025, the second renewal in 2027', () => {
    const in2025 = filterAgreements(ALL, { standing: 'in_force', on: '2025-06-01' });
    expect(in2025.map((a) => [a.slug, a.standing.state === 'in_force' && a.standing.renewal])).toEqual([
      ['seoul-gimpo', 0],
      ['youth-shelters', 0],
    ]);
    const in2027 = filterAgreements(ALL, { standing: 'in_force', on: '2027-06-01' });
    expect(in2027.map((a) => [a.slug, a.standing.state === 'in_force' && a.standing.renewal])).toEqual([
      ['seoul-gimpo', 2],
      ['youth-shelters', 2],
    ]);
    expect(filterAgreements(ALL, { standing: 'in_force', on: '2029-06-01' }).map((a) => a.slug)).toEqual(['seoul-gimpo']);
    expect(filterAgreements(ALL, { standing: 'ended', on: '2029-06-01' }).map((a) => a.slug)).toEqual(['youth-shelters']);
    expect(filterAgreements(ALL, { standing: 'term_unknown', on: '2025-06-01' }).map((a) => a.slug)).toEqual(['unknown']);
  });

  it('filters by party, topic and year of signing', () => {
    expect(filterAgreements(ALL, { party: 'gyeonggi-gimpo-si', on: '2025-06-01' }).map((a) => a.slug)).toEqual(['seoul-gimpo']);
    expect(filterAgreements(ALL, { topic: 'online_learning', on: '2025-06-01' }).map((a) => a.slug)).toEqual(['seoul-gimpo']);
    expect(filterAgreements(ALL, { year: 2022, on: '2025-06-01' }).map((a) => a.slug)).toEqual(['unknown']);
  });

  it('reads its filters from the URL, ignoring what does not read and falling back to today for a bad day', () => {
    expect(
      parseAgreementFilters({ on: '2027-06-01', standing: 'in_force', topic: 'youth', year: '2025', party: 'region-seoul' }, '2026-12-01'),
    ).toEqual({
      filters: { on: '2027-06-01', standing: 'in_force', topic: 'youth', year: 2025, party: 'region-seoul' },
      isDayFallback: false,
    });
    expect(
      parseAgreementFilters({ on: '2027-02-30', standing: 'famous', topic: 'x', year: 'y', party: 'Not A Slug' }, '2026-12-01'),
    ).toEqual({
      filters: { on: '2026-12-01', standing: undefined, topic: undefined, year: undefined, party: undefined },
      isDayFallback: true,
    });
  });
});
