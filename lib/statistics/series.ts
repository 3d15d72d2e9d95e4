// The public statistics (issue 6) as pure series over the registry's history: each year's new
// designations and the figures at its end, all counted by the registry's one rule
// (lib/registry/counting.ts), beside the latest total published for that year.
import type { RegistryHistory } from '@/lib/registry/as-of';
import { countOn, newDesignationsIn, publishedTotalFor } from '@/lib/registry/counting';

export const FIRST_YEAR = 2001;

export type DesignationYear = {
  year: number;
  /** Designations first made that year that the ministry counts (a year no source gives is not counted). */
  newDesignations: number;
  /** Learning cities on the year's last day, or today for the current year. */
  learningCities: number;
  /** The ministry's count that day, over the basic local governments of that day. */
  ministryCount: number;
  basicLocalGovernments: number;
  /** The total of learning cities published for that year (lib/registry/counting.ts, publishedTotalFor). */
  published: number | null;
};

export function designationYears(
  history: RegistryHistory,
  options: { today: string; published: { asOf: string; value: number; sortOrder: number }[] },
): DesignationYear[] {
  const lastYear = Number(options.today.slice(0, 4));
  const years: DesignationYear[] = [];
  for (let year = FIRST_YEAR; year <= lastYear; year++) {
    const day = year === lastYear ? options.today : `${year}-12-31`;
    const counts = countOn(history, day);
    years.push({
      year,
      newDesignations: newDesignationsIn(history, year),
      learningCities: counts.learningCities,
      ministryCount: counts.ministryCount,
      basicLocalGovernments: counts.basicLocalGovernments,
      published: publishedTotalFor(options.published, day)?.value ?? null,
    });
  }
  return years;
}
