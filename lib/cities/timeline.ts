// A local government's history as a list of dated events, oldest first: designations,
// renames, moves between regions, code changes, splits, mergers and abolition.
import type { CityPage } from './city-page';

type Ref = { slug: string; nameKo: string; nameEn: string };
type Names = { nameKo: string; nameEn: string };

export type TimelineEvent =
  | { kind: 'established'; date: string; from: Ref[] }
  | { kind: 'renamed'; date: string; from: Names; to: Names }
  | { kind: 'moved'; date: string; from: Names; to: Names }
  | { kind: 'recoded'; date: string; from: string; to: string }
  /** designatedAs: the predecessor designated, when this city holds the designation since their merger. */
  | { kind: 'designated'; year: number; isYearKnown: boolean; designatedAs: Ref | null }
  | { kind: 'designationEnded'; date: string | null; byYear: number | null; designatedYear: number; status: 'cancelled' | 'withdrawn' }
  | { kind: 'splitOff'; date: string; to: Ref[] }
  | { kind: 'abolished'; date: string; to: Ref[] };

/**
 * Sort key: the date, or for a designation (known by its year) the year's first day. A
 * designation that ended on an unknown date sorts right after the year it was made.
 */
function sortKey(event: TimelineEvent): string {
  if (event.kind === 'designated') return `${event.year}-01-01`;
  if (event.kind === 'designationEnded') return event.date ?? (event.byYear ? `${event.byYear}-01-01` : `${event.designatedYear}-12-31`);
  return event.date;
}

export function cityTimeline(city: CityPage): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  if (city.establishedOn) events.push({ kind: 'established', date: city.establishedOn, from: city.predecessors });

  // Each earlier period ends where the next state (the next period, or today's) begins.
  const states = [...city.periods, { ...city, validUntil: null }];
  city.periods.forEach((period, index) => {
    const next = states[index + 1]!;
    const date = period.validUntil;
    if (period.nameKo !== next.nameKo || period.nameEn !== next.nameEn) {
      events.push({ kind: 'renamed', date, from: period, to: next });
    }
    if (period.region.slug !== next.region.slug) {
      events.push({ kind: 'moved', date, from: period.region, to: next.region });
    }
    // A code no source gives (여주군 before 2013) is not a change of code.
    if (period.code !== null && next.code !== null && period.code !== next.code) {
      events.push({ kind: 'recoded', date, from: period.code, to: next.code });
    }
  });

  for (const designation of city.designations) {
    const year = designation.firstYear ?? designation.designatedByYear;
    events.push({ kind: 'designated', year, isYearKnown: designation.firstYear !== null, designatedAs: designation.designatedAs });
    const { standing } = designation;
    if (standing.state === 'ended') {
      events.push({ kind: 'designationEnded', date: standing.on, byYear: standing.byYear, designatedYear: year, status: standing.reason });
    }
  }

  if (city.abolishedOn) {
    events.push({ kind: 'abolished', date: city.abolishedOn, to: city.successors.map(({ kind: _kind, effectiveOn: _on, ...ref }) => ref) });
  } else {
    for (const date of new Set(city.successors.map((successor) => successor.effectiveOn))) {
      const to = city.successors.filter((successor) => successor.effectiveOn === date);
      events.push({ kind: 'splitOff', date, to: to.map(({ kind: _kind, effectiveOn: _on, ...ref }) => ref) });
    }
  }
  return events.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
}
