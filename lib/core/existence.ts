// What exists on a day, as query filters shared by every reader: local governments and regions
// between their establishment and abolition. Designations in force: lib/designations/in-force.ts.
import type { Prisma } from '@/lib/generated/prisma/client';

/** Local governments that exist on `date` (established, not yet abolished). */
export function localGovernmentExistsOn(date: Date): Prisma.LocalGovernmentWhereInput {
  return {
    AND: [
      { OR: [{ establishedOn: null }, { establishedOn: { lte: date } }] },
      { OR: [{ abolishedOn: null }, { abolishedOn: { gt: date } }] },
    ],
  };
}

export function regionExistsOn(date: Date): Prisma.RegionWhereInput {
  return {
    AND: [
      { OR: [{ establishedOn: null }, { establishedOn: { lte: date } }] },
      { OR: [{ abolishedOn: null }, { abolishedOn: { gt: date } }] },
    ],
  };
}

/** The administrative tiers the ministry counts as basic local governments (226, 227 since
 * 2026-07-01): Sejong and Jeju's administrative cities are designated but not counted. */
export const BASIC_LOCAL_GOVERNMENT_KINDS = ['si', 'gun', 'gu'] as const;
