// /api/v1/regions and /api/v1/regions/{slug}: the regions pages' reads, as the API's shapes.
import 'server-only';
import { getRegionPage, getRegionSummaries } from '@/lib/regions/queries';
import { getRegistryAsOf } from '@/lib/registry/queries';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import { toApiCity } from './cities';
import { getCodesOn } from './queries';
import { type Built, type BuiltResource, notFound } from './result';
import type { Region, RegionDetail, RegionsQuery } from './schemas';

/** Today's regions, or with asOf the regions of that day under their names of that day. */
export async function listRegions(query: RegionsQuery): Promise<Built<Region>> {
  if (query.asOf === undefined) {
    const summaries = await getRegionSummaries();
    const items = summaries.map(({ slug, code, nameKo, nameEn, shortKo, shortEn, unitCount, designatedCount }) => ({
      slug,
      code,
      nameKo,
      nameEn,
      shortKo,
      shortEn,
      unitCount,
      designatedCount,
    }));
    return { items, asOf: isoDate(todayInKorea()) };
  }
  const [registry, codes] = await Promise.all([getRegistryAsOf(query.asOf), getCodesOn(query.asOf)]);
  const items = registry.regions.map((region) => ({
    slug: region.slug,
    code: codes.regions[region.slug] ?? null,
    nameKo: region.nameKo,
    nameEn: region.nameEn,
    shortKo: region.shortKo,
    shortEn: region.shortEn,
    unitCount: region.unitCount,
    designatedCount: region.cities.length,
  }));
  return { items, asOf: registry.asOf };
}

export async function getRegion(slug: string): Promise<BuiltResource<RegionDetail>> {
  const page = await getRegionPage(slug);
  if (!page) return notFound('region', slug);
  const { region } = page;
  const localGovernments = page.localGovernments.map(toApiCity);
  return {
    resource: {
      slug: region.slug,
      code: region.code,
      nameKo: region.nameKo,
      nameEn: region.nameEn,
      shortKo: region.shortKo,
      shortEn: region.shortEn,
      currentSince: region.currentSince,
      establishedOn: region.establishedOn,
      abolishedOn: region.abolishedOn,
      successor: region.successor && regionNames(region.successor),
      predecessors: region.predecessors.map(regionNames),
      formerNames: region.periods.map(({ validUntil, code, nameKo, nameEn }) => ({ validUntil, code, nameKo, nameEn })),
      unitCount: localGovernments.length,
      designatedCount: localGovernments.filter((city) => city.isDesignated).length,
      localGovernments,
    },
  };
}

type RegionNames = { slug: string; nameKo: string; nameEn: string; shortKo: string; shortEn: string };
export const regionNames = ({ slug, nameKo, nameEn, shortKo, shortEn }: RegionNames): RegionNames => ({
  slug,
  nameKo,
  nameEn,
  shortKo,
  shortEn,
});
