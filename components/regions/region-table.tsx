import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { DataTable, td, th } from '@/components/ui/table';
import { Link } from '@/lib/i18n/navigation';
import type { RegionSummary } from '@/lib/regions/queries';
import type { NationalCounts } from '@/lib/registry/counting';
import { localName } from '@/lib/core/names';

type RegionRow = Pick<RegionSummary, 'slug' | 'nameKo' | 'nameEn' | 'unitCount' | 'designatedCount'>;

/**
 * Learning cities, local governments and the share designated, per region with a total: today's
 * (regions, statistics) or a day's (map). The total row's share is the national one, counted by
 * the registry's one rule like every national figure (lib/registry/counting.ts), not the sum of
 * the rows, so no two pages show two national shares.
 */
export async function RegionTable({ regions, national, caption }: { regions: RegionRow[]; national: NationalCounts; caption?: string }) {
  const [t, format, locale] = await Promise.all([getTranslations('Regions'), getFormatter(), getLocale()]);
  const totals = regions.reduce((sum, r) => ({ designated: sum.designated + r.designatedCount, units: sum.units + r.unitCount }), {
    designated: 0,
    units: 0,
  });
  const percent = (value: number, total: number) =>
    total > 0 ? format.number(value / total, { style: 'percent', maximumFractionDigits: 1 }) : '–';
  return (
    <>
      <DataTable caption={caption ?? t('tableCaption')}>
        <thead>
          <tr>
            <th scope="col" className={th}>
              {t('region')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('designated')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('units')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('coverage')}
            </th>
          </tr>
        </thead>
        <tbody>
          {regions.map((region) => (
            <tr key={region.slug}>
              <th scope="row" className={`${td} font-medium`}>
                <Link prefetch={false} href={`/regions/${region.slug}`}>
                  {localName(region, locale)}
                </Link>
              </th>
              <td className={`${td} text-right tabular`}>{region.designatedCount}</td>
              <td className={`${td} text-right tabular`}>{region.unitCount}</td>
              <td className={`${td} text-right tabular`}>{percent(region.designatedCount, region.unitCount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className={`${td} font-semibold`}>
              {t('total')}
            </th>
            <td className={`${td} text-right font-semibold tabular`}>{totals.designated}</td>
            <td className={`${td} text-right font-semibold tabular`}>{totals.units}</td>
            <td className={`${td} text-right font-semibold tabular`}>
              {percent(national.ministryCount, national.basicLocalGovernments)}
              <sup aria-hidden="true">*</sup>
            </td>
          </tr>
        </tfoot>
      </DataTable>
      <p className="mt-2 text-sm text-ink-soft">
        {t('nationalShare', { ministry: national.ministryCount, total: national.basicLocalGovernments })}
      </p>
    </>
  );
}
