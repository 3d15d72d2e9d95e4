// /api/v1/summary: the national figures of a day (today by default), counted by the registry's
// one rule (lib/registry/counting.ts) through the same read as the registry page.
import 'server-only';
import { getRegistryAsOf } from '@/lib/registry/queries';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import type { Summary, SummaryQuery } from './schemas';

export async function getSummary(query: SummaryQuery): Promise<Summary> {
  const registry = await getRegistryAsOf(query.asOf ?? isoDate(todayInKorea()));
  const { counts } = registry;
  return {
    asOf: registry.asOf,
    designated: { localGovernmentCount: counts.learningCities, ministryCount: counts.ministryCount, share: counts.share },
    localGovernments: { basic: counts.basicLocalGovernments, all: counts.localGovernments },
    newDesignations: registry.newDesignations,
    regions: registry.regions.map((region) => ({
      slug: region.slug,
      nameKo: region.nameKo,
      nameEn: region.nameEn,
      shortKo: region.shortKo,
      shortEn: region.shortEn,
      designatedCount: region.cities.length,
      unitCount: region.unitCount,
    })),
    published: registry.published && {
      value: registry.published.value,
      asOf: registry.published.asOf,
      outlet: registry.published.outlet,
      url: registry.published.url,
      registryCount: registry.published.registryCount,
    },
  };
}
