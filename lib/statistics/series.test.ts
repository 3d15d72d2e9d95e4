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
    lg('a', 'gu', [{ firstYear: 2001, designatedByYear: 2001, facts: facts(2001) }]),
    lg('b', 'gu', [{ firstYear: 2002, designatedByYear: 2002, facts: facts(2002, { endReason: 'withdrawn', endedOn: '2003-05-01' }) }]),
    lg('c', 'admin_city', [{ firstYear: 2002, designatedByYear: 2002, facts: facts(2002) }], '2002-01-01'),
    lg('d', 'gu', [{ firstYear: null, designatedByYear: 2003, facts: facts(2003) }]),
    lg('e', 'gu', []),
  ],
};

describe('the yearly designation series', () => {
  it('counts each year’s new designations and those in force at its end, all and basic, beside what was reported', () => {
    expect(designationYears(history, { today: '2003-06-30', reported: [{ year: 2002, total: 3 }] })).toEqual([
      { year: 2001, newDesignations: 1, inForce: 1, basicInForce: 1, basicCount: 4, reported: null },
      { year: 2002, newDesignations: 2, inForce: 3, basicInForce: 2, basicCount: 4, reported: 3 },
      // 2003, to today: b withdrew in May; d (year unknown, by 2003) counts, not as new.
      { year: 2003, newDesignations: 0, inForce: 3, basicInForce: 2, basicCount: 4, reported: null },
    ]);
  });
});
