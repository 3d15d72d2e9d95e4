// Designations in force on a day, as query filters: the SQL twin of standingOn (./schedule.ts).
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Designations in force on `date`, as lib/designations/schedule.ts derives it (standingOn), in
 * SQL: begun (its day, or its year when only the year is known), not ended on the designation
 * itself (its day, or the year it had certainly ended by), and no ending evaluation decided yet.
 */
export function designationActiveOn(date: Date): Prisma.DesignationWhereInput {
  const year = date.getUTCFullYear();
  return {
    AND: [
      { OR: [{ designatedOn: { lte: date } }, { designatedOn: null, designatedByYear: { lte: year } }] },
      { OR: [{ endReason: null }, { endedOn: { gt: date } }, { endedOn: null, endedByYear: { gt: year } }] },
      { evaluations: { none: { outcome: { in: ['cancelled', 'withdrawn'] }, heldOn: { lte: date } } } },
    ],
  };
}

/** Designations not ended by any recorded event, whatever the day: the "open" one a local government may have. */
export const OPEN_DESIGNATION: Prisma.DesignationWhereInput = {
  endReason: null,
  evaluations: { none: { outcome: { in: ['cancelled', 'withdrawn'] } } },
};

/** Designations ended on or before `date` (the complement of designationActiveOn among begun ones), null-safe. */
export function designationEndedOn(date: Date): Prisma.DesignationWhereInput {
  const year = date.getUTCFullYear();
  return {
    OR: [
      { endReason: { not: null }, OR: [{ endedOn: { lte: date } }, { endedOn: null, endedByYear: { lte: year } }] },
      { evaluations: { some: { outcome: { in: ['cancelled', 'withdrawn'] }, heldOn: { lte: date } } } },
    ],
  };
}
