import { describe, expect, it } from 'vitest';
import type { HistoryDesignation, RegistryHistory } from './as-of';
import { registryOn } from './as-of';
import { countOn, newDesignationsIn, publishedTotalFor, registryCountFor } from './counting';

const facts = (year: number) => ({
  year,
  isYearKnown: true,
  group: null,
  designatedOn: null,
  cohortYear: null,
  endReason: null,
  endedOn: null,
  endedByYear: null,
  evaluations: [],
});
const designation = (year: number, extra: Partial<HistoryDesignation> = {}): HistoryDesignation => ({
  firstYear: year,
  designatedByYear: year,
  designatedAs: null,
  isCountedByMinistry: true,
  facts: facts(year),
  ...extra,
});
type Unit = RegistryHistory['localGovernments'][number];
const unit = (slug: string, extra: Partial<Unit> = {}): Unit => ({
  slug,
  kind: 'si',
  nameKo: slug,
  nameEn: slug,
  regionId: 1,
  establishedOn: null,
  abolishedOn: null,
  periods: [],
  designations: [],
  ...extra,
});

// A small history shaped like the real one: a city designated in 2004 merges with a neighbour into
// a new city in 2010, which holds its designation; a county becomes a city in 2013; a district
// designated in 2022 is abolished in 2026 with no successor carrying it on; an administrative
// city (not a basic local government) is designated; one designation the ministry never counts.
const history: RegistryHistory = {
  rules: [{ effectiveFromYear: 2020, firstAfterYears: 4, intervalYears: 3, followUpYears: 1, passScore: null, exemptTopPercent: null }],
  regions: [
    { id: 1, slug: 'r', nameKo: 'r', nameEn: 'r', shortKo: 'r', shortEn: 'r', establishedOn: null, abolishedOn: null, periods: [] },
  ],
  localGovernments: [
    unit('old-city', { abolishedOn: '2010-07-01' }),
    unit('neighbour', { kind: 'gun', abolishedOn: '2010-07-01' }),
    unit('new-city', { establishedOn: '2010-07-01', designations: [designation(2004, { designatedAs: 'old-city' })] }),
    unit('county-then-city', {
      periods: [{ validFrom: null, validUntil: '2013-09-23', kind: 'gun', nameKo: 'was-county', nameEn: 'was-county', regionId: 1 }],
      designations: [designation(2017)],
    }),
    unit('district', { kind: 'gu', abolishedOn: '2026-07-01', designations: [designation(2022)] }),
    unit('admin', { kind: 'admin_city', designations: [designation(2002)] }),
    unit('not-counted', { kind: 'gun', designations: [designation(2004, { isCountedByMinistry: false })] }),
  ],
};

describe('the counting rule', () => {
  it('counts a designation made before a merger under the unit designated, then under its successor', () => {
    const before = registryOn(history, '2010-06-30').regions[0]!.cities.map((c) => c.slug);
    const after = registryOn(history, '2010-07-01').regions[0]!.cities.map((c) => c.slug);
    expect(before).toEqual(['old-city', 'admin', 'not-counted']);
    expect(after).toEqual(['new-city', 'admin', 'not-counted']);
    expect(registryOn(history, '2010-07-01').regions[0]!.cities[0]).toMatchObject({ firstYear: 2004, designationYear: 2004 });
  });

  it('counts the basic local governments of the day from the history: mergers, new units, kinds', () => {
    // 2005: old-city, neighbour, county, district, not-counted (admin is not basic; new-city not yet).
    expect(countOn(history, '2005-01-01')).toMatchObject({ basicLocalGovernments: 5, localGovernments: 6 });
    expect(countOn(history, '2010-07-01')).toMatchObject({ basicLocalGovernments: 4, localGovernments: 5 });
    expect(countOn(history, '2026-07-01')).toMatchObject({ basicLocalGovernments: 3, localGovernments: 4 });
  });

  it('leaves out of the ministry’s count the designations it never counts, and shares its count over the basic units', () => {
    expect(countOn(history, '2005-01-01')).toMatchObject({ learningCities: 3, ministryCount: 2, share: 2 / 5 });
    expect(countOn(history, '2023-01-01')).toMatchObject({ learningCities: 5, ministryCount: 4, basicLocalGovernments: 4 });
  });

  it('stops counting, on its abolition, a designation no successor carries on', () => {
    expect(countOn(history, '2026-06-30').learningCities).toBe(5);
    expect(countOn(history, '2026-07-01').learningCities).toBe(4);
  });

  it('counts a year’s new designations as the ministry does, and each published measure on its day', () => {
    expect(newDesignationsIn(history, 2004)).toBe(1);
    expect(registryCountFor(history, { measure: 'new_designations', asOf: '2004-12-31', year: 2004 })).toBe(1);
    expect(registryCountFor(history, { measure: 'learning_cities', asOf: '2023-01-01', year: null })).toBe(4);
    expect(registryCountFor(history, { measure: 'basic_local_governments', asOf: '2005-01-01', year: null })).toBe(5);
  });
});

describe('the total published for a year', () => {
  const figure = (asOf: string, value: number, sortOrder: number) => ({ asOf, value, sortOrder });
  it('is the value most of that year’s figures give up to the day, the latest when values tie', () => {
    const figures = [
      figure('2021-03-31', 181, 1),
      figure('2021-03-31', 181, 2),
      figure('2021-05-18', 183, 3),
      figure('2021-05-20', 175, 4),
    ];
    expect(publishedTotalFor(figures, '2021-12-31')?.value).toBe(181);
    expect(publishedTotalFor(figures, '2021-04-01')?.value).toBe(181);
    expect(publishedTotalFor([figure('2022-02-08', 180, 1), figure('2022-02-09', 188, 2)], '2022-12-31')?.value).toBe(188);
    expect(publishedTotalFor(figures, '2020-12-31')).toBeNull();
  });
});
