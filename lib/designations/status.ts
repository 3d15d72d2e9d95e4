// A designation's standing in one word, as lists, filters and badges show it (issue 4): its
// phase while in force, how it ended, or none. Client-safe: the search form offers these.
import type { Standing } from './schedule';

export const DESIGNATION_STATUSES = ['designated', 'redesignated', 'conditional', 'withheld', 'cancelled', 'withdrawn', 'none'] as const;
export type DesignationStatus = (typeof DESIGNATION_STATUSES)[number];

export function statusOf(standing: Standing | null): DesignationStatus {
  if (standing?.state === 'active') return standing.phase;
  if (standing?.state === 'ended') return standing.reason;
  return 'none';
}
