import { describe, expect, it } from 'vitest';
import type { CityPage } from './city-page';
import { cityTimeline } from './timeline';

const gwangju = { slug: 'gwangju', nameKo: '광주광역시', nameEn: 'Gwangju', shortKo: '광주', shortEn: 'Gwangju' };
const merged = {
  slug: 'jeonnam-gwangju',
  nameKo: '전남광주통합특별시',
  nameEn: 'Jeonnam-Gwangju',
  shortKo: '전남광주',
  shortEn: 'Jeonnam-Gwangju',
};

function city(overrides: Partial<CityPage>): CityPage {
  return {
    slug: 'gwangju-nam-gu',
    nameKo: '남구',
    nameEn: 'Nam-gu',
    code: '12270',
    kind: 'gu',
    region: merged,
    currentSince: '2026-07-01',
    establishedOn: null,
    abolishedOn: null,
    isCurrent: true,
    periods: [],
    predecessors: [],
    successors: [],
    designations: [],
    offices: [],
    membership: null,
    allocations: [],
    rules: [{ effectiveFromYear: 2020, firstAfterYears: 4, intervalYears: 3, followUpYears: 1, passScore: 60, exemptTopPercent: null }],
    ruleSources: [],
    groups: [],
    rounds: [],
    today: '2026-11-23',
    ...overrides,
  };
}

const designation = (firstYear: number | null, status: 'active' | 'cancelled' = 'active') => ({
  designatedAs: null,
  heldBy: null,
  isCountedByMinistry: true,
  firstYear,
  designatedByYear: firstYear ?? 2019,
  status: status === 'active' ? ('designated' as const) : ('cancelled' as const),
  standing:
    status === 'active'
      ? {
          state: 'active' as const,
          phase: 'designated' as const,
          lastEvaluationYear: null,
          validUntilYear: null,
          nextDueYear: null,
          nextDueBasis: 'designationYearUnknown' as const,
          isOutcomeMissing: false,
        }
      : { state: 'ended' as const, reason: 'cancelled' as const, on: null, byYear: null, isFromEvaluation: false },
  facts: {
    year: firstYear ?? 2019,
    isYearKnown: firstYear !== null,
    designatedOn: null,
    cohortYear: null,
    group: null,
    endReason: status === 'active' ? null : ('cancelled' as const),
    endedOn: null,
    endedByYear: null,
    evaluations: [],
  },
  source: null,
  groupCode: null,
  note: null,
  evaluations: [],
});

describe('cityTimeline', () => {
  it('tells a designation made to a predecessor, and the merger it was carried over in', () => {
    const former = { slug: 'gyeongnam-changwon-si-until-2010', nameKo: '창원시', nameEn: 'Changwon-si' };
    const events = cityTimeline(
      city({
        establishedOn: '2010-07-01',
        predecessors: [{ ...former, kind: 'merge', effectiveOn: '2010-07-01', designations: [] }],
        designations: [{ ...designation(2004), designatedAs: former }],
      }),
    );
    expect(events).toEqual([
      { kind: 'designated', year: 2004, isYearKnown: true, designatedAs: former },
      { kind: 'established', date: '2010-07-01', from: [{ ...former, kind: 'merge', effectiveOn: '2010-07-01', designations: [] }] },
    ]);
  });

  it('tells no code change where the earlier code is not known (여주군 → 여주시)', () => {
    const events = cityTimeline(
      city({
        periods: [
          { validFrom: null, validUntil: '2013-09-23', code: null, kind: 'gun', nameKo: '여주군', nameEn: 'Yeoju-gun', region: merged },
        ],
      }),
    );
    expect(events.map((e) => e.kind)).toEqual(['renamed']);
  });

  it('tells a move between regions and a code change on the same day, after the designation', () => {
    const events = cityTimeline(
      city({
        periods: [
          { validFrom: null, validUntil: '2026-07-01', code: '29155', kind: 'gu', nameKo: '남구', nameEn: 'Nam-gu', region: gwangju },
        ],
        designations: [designation(2005)],
      }),
    );
    expect(events.map((e) => e.kind)).toEqual(['designated', 'moved', 'recoded']);
    expect(events[1]).toMatchObject({ from: gwangju, to: merged });
    expect(events[2]).toMatchObject({ from: '29155', to: '12270' });
  });

  it('tells a rename', () => {
    const events = cityTimeline(
      city({
        nameKo: '미추홀구',
        nameEn: 'Michuhol-gu',
        region: gwangju,
        periods: [
          { validFrom: null, validUntil: '2018-07-01', code: '28170', kind: 'gu', nameKo: '남구', nameEn: 'Nam-gu', region: gwangju },
        ],
      }),
    );
    expect(events).toEqual([
      {
        kind: 'renamed',
        date: '2018-07-01',
        from: expect.objectContaining({ nameKo: '남구' }),
        to: expect.objectContaining({ nameKo: '미추홀구' }),
      },
      { kind: 'recoded', date: '2018-07-01', from: '28170', to: '12270' },
    ]);
  });

  it('places a designation that ended at an unknown date right after it was made', () => {
    const events = cityTimeline(city({ designations: [designation(2015, 'cancelled'), designation(2026)] }));
    expect(events.map((e) => [e.kind, 'year' in e ? e.year : null])).toEqual([
      ['designated', 2015],
      ['designationEnded', null],
      ['designated', 2026],
    ]);
  });

  it('marks a designation whose year is unknown', () => {
    expect(cityTimeline(city({ designations: [designation(null)] }))).toEqual([
      { kind: 'designated', year: 2019, isYearKnown: false, designatedAs: null },
    ]);
  });

  it('tells an abolition with its successors, and a split that leaves the city standing', () => {
    const jemulpo = { slug: 'incheon-jemulpo-gu', nameKo: '제물포구', nameEn: 'Jemulpo-gu' };
    const geomdan = { slug: 'incheon-geomdan-gu', nameKo: '검단구', nameEn: 'Geomdan-gu' };
    const abolished = cityTimeline(
      city({ abolishedOn: '2026-07-01', isCurrent: false, successors: [{ ...jemulpo, kind: 'split', effectiveOn: '2026-07-01' }] }),
    );
    expect(abolished).toEqual([{ kind: 'abolished', date: '2026-07-01', to: [jemulpo] }]);
    const split = cityTimeline(city({ successors: [{ ...geomdan, kind: 'split', effectiveOn: '2026-07-01' }] }));
    expect(split).toEqual([{ kind: 'splitOff', date: '2026-07-01', to: [geomdan] }]);
  });
});
