// The due list as staff read it (issue 14): this year first, then next year and later, then the
// evaluations whose year passed without an outcome, one group per year, the most recent first
// (an older backlog below a newer one), and last the cities without a cohort.
import type { DueEntry, DueList } from './staff-queries';

export type DueGroup = { kind: 'thisYear' | 'nextYear' | 'later' | 'overdue' | 'noCohort'; id: string; year: number; entries: DueEntry[] };

export function dueGroups(list: DueList): DueGroup[] {
  const overdueYears = [...new Set(list.overdue.map((entry) => entry.dueYear!))].sort((a, b) => b - a);
  return [
    { kind: 'thisYear', id: 'this-year', year: list.year, entries: list.thisYear },
    { kind: 'nextYear', id: 'next-year', year: list.year + 1, entries: list.nextYear },
    { kind: 'later', id: 'later', year: list.year + 2, entries: list.later },
    ...overdueYears.map((year) => ({
      kind: 'overdue' as const,
      id: `overdue-${year}`,
      year,
      entries: list.overdue.filter((entry) => entry.dueYear === year),
    })),
    { kind: 'noCohort', id: 'no-cohort', year: list.year, entries: list.noCohort },
  ];
}
