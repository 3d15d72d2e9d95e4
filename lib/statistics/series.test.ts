import { describe, expect, it } from 'vitest';
import type { RegistryHistory } from '@/lib/registry/as-of';
import { designationYears } from './series';

const facts = (year: number, extra = {}) => ({
  year,
  isYearKnown: true,
  group: null,
  designatedOn: null,
  cohortYear: null,
  endReason: null,
  endedOn: null,
  endedByYear: null,
  evaluations: [],
  ...extra,
});
const d = (
  firstYear: number | null,
  designatedByYear: number,
  designationFacts: ReturnType<typeof facts>,
  extra: { isCountedByMinistry?: boolean } = {},
) => ({ firstYear, designatedByYear, designatedAs: null, isCountedByMinistry: true, facts: designationFacts, ...extra });
const lg = (
  slug: string,
  kind: 'gu' | 'admin_city',
  designations: RegistryHistory['localGovernments'][number]['designations'],
  establishedOn: string | null = null,
) => ({
  slug,
  kind,
  nameKo: slug,
  nameEn: slug,
  regionId: 1,
  establishedOn,
  abolishedOn: null,
  periods: [],
  designations,
});

const history: RegistryHistory = {
  rules: [{ effectiveFromYear: 2020, firstAfterYears: 4, intervalYears: 3, followUpYears: 1, passScore: 60, exemptTopPercent: null }],
  regions: [
    { id: 1, slug: 'r', nameKo: 'r', nameEn: 'r', shortKo: 'r', shortEn: 'r', establishedOn: null, abolishedOn: null, periods: [] },
  ],
  localGovernments: [
    lg('a', 'gu', [d(2001, 2001, facts(2001))]),
    lg('b', 'gu', [d(2002, 2002, facts(2002, { endReason: 'withdrawn', endedOn: '2003-05-01' }))]),
    lg('c', 'admin_city', [d(2002, 2002, facts(2002))], '2002-01-01'),
    lg('d', 'gu', [d(null, 2003, facts(2003))]),
    lg('f', 'gu', [d(2002, 2002, facts(2002), { isCountedByMinistry: false })]),
    lg('e', 'gu', []),
  ],
};

describe('the yearly designation series', () => {
  it('counts each year’s new designations and the figures at its end by the one rule, beside the latest published total', () => {
    const published = [
      { asOf: '2002-06-01', value: 2, sortOrder: 1 },
      { asOf: '2002-12-31', value: 3, sortOrder: 2 },
      { asOf: '2003-07-01', value: 9, sortOrder: 3 },
    ];
    expect(designationYears(history, { today: '2003-06-30', published })).toEqual([
      { year: 2001, newDesignations: 1, learningCities: 1, ministryCount: 1, basicLocalGovernments: 5, published: null },
      // f is a learning city the ministry does not count, neither as new nor in its total.
      { year: 2002, newDesignations: 2, learningCities: 4, ministryCount: 3, basicLocalGovernments: 5, published: 3 },
      // 2003, to today: b withdrew in May; d (year unknown, by 2003) counts, not as new; a figure
      // published for a later day is not today's.
      { year: 2003, newDesignations: 0, learningCities: 4, ministryCount: 3, basicLocalGovernments: 5, published: null },
    ]);
  });
});
