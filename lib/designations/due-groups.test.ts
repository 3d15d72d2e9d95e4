import { describe, expect, it } from 'vitest';
import { dueGroups } from './due-groups';
import type { DueEntry } from './staff-queries';

const entry = (designationId: number, dueYear: number | null): DueEntry => ({
  designationId,
  slug: `city-${designationId}`,
  nameKo: '시',
  nameEn: 'City',
  region: { slug: 'seoul', shortKo: '서울', shortEn: 'Seoul' },
  designatedYear: 2010,
  dueYear,
  lastOutcome: null,
});

describe('the due list in groups', () => {
  it('puts this year first, then next year and later, then each passed year, the most recent first (issue 14)', () => {
    const groups = dueGroups({
      year: 2026,
      thisYear: [entry(1, 2026)],
      nextYear: [entry(2, 2027)],
      later: [entry(3, 2029)],
      overdue: [entry(4, 2023), entry(5, 2025), entry(6, 2023)],
      noCohort: [entry(7, null)],
    });
    expect(groups.map((group) => [group.id, group.entries.map((e) => e.designationId)])).toEqual([
      ['this-year', [1]],
      ['next-year', [2]],
      ['later', [3]],
      ['overdue-2025', [5]],
      ['overdue-2023', [4, 6]],
      ['no-cohort', [7]],
    ]);
  });
});
