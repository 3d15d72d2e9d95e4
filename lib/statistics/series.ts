// The public statistics (issue 6) as pure series over the registry's history: each year's new
// designations, and the cities in force at its end counted both ways (all, and the basic local
// governments the ministry counts), beside the totals the ministry reported.
import { type RegistryHistory, registryOn } from '@/lib/registry/as-of';

export const FIRST_YEAR = 2001;

export type DesignationYear = {
  year: number;
  /** Designations first made that year (those whose year no source gives are not counted). */
  newDesignations: number;
  /** In force on the year's last day, or today for the current year. */
  inForce: number;
  basicInForce: number;
  basicCount: number;
  reported: number | null;
};

export function designationYears(
  history: RegistryHistory,
  options: { today: string; reported: { year: number; total: number }[] },
): DesignationYear[] {
  const lastYear = Number(options.today.slice(0, 4));
  const newPerYear = new Map<number, number>();
  for (const lg of history.localGovernments) {
    for (const designation of lg.designations) {
      if (designation.firstYear !== null) newPerYear.set(designation.firstYear, (newPerYear.get(designation.firstYear) ?? 0) + 1);
    }
  }
  const years: DesignationYear[] = [];
  for (let year = FIRST_YEAR; year <= lastYear; year++) {
    const day = year === lastYear ? options.today : `${year}-12-31`;
    const registry = registryOn(history, day);
    years.push({
      year,
      newDesignations: newPerYear.get(year) ?? 0,
      inForce: registry.designatedCount,
      basicInForce: registry.basicDesignatedCount,
      basicCount: registry.basicCount,
      reported: options.reported.find((r) => r.year === year)?.total ?? null,
    });
  }
  return years;
}
