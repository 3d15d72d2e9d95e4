import { getTranslations } from 'next-intl/server';
import { AsOfForm } from '@/components/registry/as-of-form';
import { Section } from '@/components/ui/section';
import { RegionTable } from '@/components/regions/region-table';
import type { RegistryAsOf } from '@/lib/registry/queries';
import { fromIsoDate } from '@/lib/core/dates';
import { RegionTileMap } from './region-tile-map';

/** The map of a day (today by default), a form to pick the day, and the map's figures as a table. */
export async function MapView({ registry, today, isFallback }: { registry: RegistryAsOf; today: string; isFallback: boolean }) {
  const t = await getTranslations('Map');
  const day = fromIsoDate(registry.asOf);
  const regions = registry.regions.map((region) => ({
    ...region,
    designated: region.cities.length,
    units: region.unitCount,
    designatedCount: region.cities.length,
  }));
  return (
    <>
      <AsOfForm path="/map" asOf={registry.asOf} today={today} isFallback={isFallback} />
      <RegionTileMap regions={regions} caption={t('caption', { date: day, count: regions.length })} />
      <Section id="map-table" title={t('tableTitle', { date: day })}>
        <RegionTable regions={regions} national={registry.counts} caption={t('tableCaption', { date: day })} />
      </Section>
    </>
  );
}
