// The registry's one counting rule (issue 12): every figure the portal shows — home, registry,
// map, statistics, region pages, the API, the downloads, the reconciliation — is counted here,
// from the registry on a day (./as-of.ts), so no two pages can disagree.
//
// The rule, tested against every published total found (/reconciliation, docs/data-notes.md):
// - Learning cities on a day: the local governments holding a designation in force that day —
//   basic ones, Sejong and Jeju's two administrative cities alike; a designation made before a
//   merger counts under the unit designated until the merger and under its successor after.
// - The ministry's count: the same, leaving out the designations the ministry's figures never
//   include (무안군 and 신안군, listed in the association's 2019 table as designated in 2004; the
//   ministry named eight cities in 2004 without them). It reproduces every cumulative total the
//   ministry published, 19 (2001–2004) and 57 (before 2007) to 206 (2026).
// - The share designated: the ministry's count over the basic local governments of that day (232
//   in 2002, 230 in 2006, 228 in 2010, 226 in 2014, 227 since 2026-07-01), as the ministry states
//   it ("86.3 % of 226").
// - New designations in a year: the designations first made that year that the ministry counts.
import type { RegistryHistory, RegistryOn } from './as-of';
import { registryOn } from './as-of';

export type NationalCounts = {
  asOf: string;
  /** Local governments with a designation in force (Sejong and Jeju's administrative cities included). */
  learningCities: number;
  /** The ministry's count: learning cities less the designations its totals never include. */
  ministryCount: number;
  /** Basic local governments (시·군·구) that day. */
  basicLocalGovernments: number;
  /** Every local government that day (basic ones, Sejong, Jeju's administrative cities). */
  localGovernments: number;
  /** ministryCount / basicLocalGovernments, as the ministry states its share; null with no denominator. */
  share: number | null;
};

export type RegionCounts = { slug: string; learningCities: number; localGovernments: number };

/** The national figures of a registry day. */
export function countsOf(registry: RegistryOn): NationalCounts {
  const cities = registry.regions.flatMap((region) => region.cities);
  const ministryCount = cities.filter((city) => city.isCountedByMinistry).length;
  return {
    asOf: registry.asOf,
    learningCities: cities.length,
    ministryCount,
    basicLocalGovernments: registry.basicCount,
    localGovernments: registry.unitCount,
    share: registry.basicCount > 0 ? ministryCount / registry.basicCount : null,
  };
}

/** Each region's learning cities and local governments that day. */
export function regionCountsOf(registry: RegistryOn): RegionCounts[] {
  return registry.regions.map((region) => ({
    slug: region.slug,
    learningCities: region.cities.length,
    localGovernments: region.unitCount,
  }));
}

/** The national figures on a day. */
export const countOn = (history: RegistryHistory, day: string): NationalCounts => countsOf(registryOn(history, day));

/** Designations first made in a year that the ministry counts (a year no source gives is not counted). */
export function newDesignationsIn(history: RegistryHistory, year: number): number {
  return history.localGovernments.reduce(
    (sum, lg) => sum + lg.designations.filter((d) => d.isCountedByMinistry && d.firstYear === year).length,
    0,
  );
}

export const PUBLISHED_MEASURES = ['learning_cities', 'new_designations', 'basic_local_governments'] as const;
export type PublishedMeasure = (typeof PUBLISHED_MEASURES)[number];

/** The registry's count of what a published figure counts, on the day it describes. */
export function registryCountFor(
  history: RegistryHistory,
  figure: { measure: PublishedMeasure; asOf: string; year: number | null },
): number {
  if (figure.measure === 'new_designations') {
    if (figure.year === null) throw new Error('A figure of new designations names its year');
    return newDesignationsIn(history, figure.year);
  }
  const counts = countOn(history, figure.asOf);
  return figure.measure === 'learning_cities' ? counts.ministryCount : counts.basicLocalGovernments;
}

/**
 * The total published for a day's year, up to that day: the value most of that year's figures
 * give (a stray figure, 183 beside two reports of 181, does not stand for the year), the latest
 * such figure when several values tie. Null when none was published yet that year.
 */
export function publishedTotalFor<F extends { asOf: string; value: number; sortOrder: number }>(
  figures: readonly F[],
  day: string,
): F | null {
  const candidates = figures.filter((figure) => figure.asOf.slice(0, 4) === day.slice(0, 4) && figure.asOf <= day);
  if (candidates.length === 0) return null;
  const votes = new Map<number, number>();
  for (const figure of candidates) votes.set(figure.value, (votes.get(figure.value) ?? 0) + 1);
  const most = Math.max(...votes.values());
  const latestFirst = [...candidates].sort((a, b) => b.asOf.localeCompare(a.asOf) || b.sortOrder - a.sortOrder);
  return latestFirst.find((figure) => votes.get(figure.value) === most)!;
}
