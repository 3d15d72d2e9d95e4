import { getLocale, getTranslations } from 'next-intl/server';
import { RegionTileMap } from '@/components/map/region-tile-map';
import { DataTable, td, th } from '@/components/ui/table';
import { localName } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';
import type { NetworkMember } from '@/lib/networks/queries';
import { membersByRegion } from '@/lib/networks/tally';
import type { RegionSummary } from '@/lib/regions/queries';

/** A network's Korean members on the tile map of /map (each region shaded by the share of its local
 * governments that are members), and the same figures as a table. */
export async function NetworkMap({
  id,
  members,
  regions,
  networkName,
}: {
  id: string;
  members: NetworkMember[];
  regions: RegionSummary[];
  networkName: string;
}) {
  const [t, locale] = await Promise.all([getTranslations('Networks'), getLocale()]);
  const tally = membersByRegion(members);
  const mapRegions = regions.map((region) => ({ ...region, designated: tally.get(region.slug) ?? 0, units: region.unitCount }));
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <RegionTileMap
        regions={mapRegions}
        caption={t('mapCaption', { network: networkName })}
        labels={{
          tile: (region, share) =>
            t('tileLabel', { region: localName(region, locale), members: region.designated, units: region.units, share }),
          all: t('bucketAll'),
        }}
      />
      <DataTable caption={t('mapTableCaption', { network: networkName })}>
        <thead>
          <tr>
            <th scope="col" className={th}>
              {t('region')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('membersInRegion')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('localGovernments')}
            </th>
          </tr>
        </thead>
        <tbody>
          {mapRegions.map((region) => (
            <tr key={`${id}-${region.slug}`}>
              <th scope="row" className={`${td} font-medium`}>
                <Link prefetch={false} href={`/regions/${region.slug}`}>
                  {localName(region, locale)}
                </Link>
              </th>
              <td className={`${td} text-right tabular`}>{region.designated}</td>
              <td className={`${td} text-right tabular`}>{region.units}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}
