// Finds the local government a source means by "<region> <English name>" — as the source wrote
// it, at the time it wrote it: "Incheon Nam-gu" (2019 table) is today's 미추홀구, "Jeonnam Shinan
// County" is 신안군 under 전남광주통합특별시. Ambiguity or no match is an error, never a guess.
import { isSameRomanizedName } from '@/lib/place-names/slug';

export type ResolvableRegion = { id: number; shortEns: string[] };
export type ResolvableLocalGovernment = {
  id: number;
  code: string;
  kind: string;
  /** Current region first, then the regions of its earlier periods. */
  regionIds: number[];
  namesEn: string[];
};

export function resolveRegion(regions: ResolvableRegion[], shortEn: string): ResolvableRegion {
  const name = shortEn.replace(/\s+City$/i, '');
  const matches = regions.filter((region) => region.shortEns.some((candidate) => candidate === name));
  if (matches.length !== 1) throw new Error(`Region "${shortEn}" matches ${matches.length} regions`);
  return matches[0]!;
}

export function resolveLocalGovernment(
  regions: ResolvableRegion[],
  localGovernments: ResolvableLocalGovernment[],
  reference: { region: string; nameEn: string },
): ResolvableLocalGovernment {
  const region = resolveRegion(regions, reference.region);
  const inRegion = localGovernments.filter((lg) => lg.regionIds.includes(region.id));
  // A region that is one city (Sejong) is named by the region's own name: "Sejong City".
  const wholeRegion = inRegion.filter((lg) => lg.kind === 'special_city');
  if (wholeRegion.length === 1 && inRegion.length === 1) return wholeRegion[0]!;
  const matches = inRegion.filter((lg) => lg.namesEn.some((name) => isSameRomanizedName(name, reference.nameEn)));
  if (matches.length !== 1) {
    throw new Error(`"${reference.region} ${reference.nameEn}" matches ${matches.length} local governments`);
  }
  return matches[0]!;
}
