import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import { Link } from '@/lib/i18n/navigation';
import type { RegistryAsOf } from '@/lib/registry/queries';
import { FIRST_DAY } from '@/lib/registry/schemas';
import { fromIsoDate } from '@/lib/registry/today';
import { RegionTileMap } from './region-tile-map';

/** The map of a day (today by default), a form to pick the day, and the map's figures as a table. */
export async function MapView({ registry, today, isFallback }: { registry: RegistryAsOf; today: string; isFallback: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations('Map'), getFormatter(), getLocale()]);
  const day = fromIsoDate(registry.asOf);
  const regions = registry.regions.map((region) => ({ ...region, designated: region.cities.length, units: region.unitCount }));
  const percent = (designated: number, units: number) => (units > 0 ? format.number(designated / units, { style: 'percent', maximumFractionDigits: 1 }) : '–');
  return (
    <>
      <form method="get" action={`/${locale}/map`} className="mb-6 flex flex-wrap items-end gap-3 rounded border border-line bg-surface p-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="map-as-of" className="text-sm font-semibold">{t('asOfLabel')}</label>
          <input id="map-as-of" name="asOf" type="date" min={FIRST_DAY} max={today} defaultValue={registry.asOf} aria-describedby="map-as-of-hint" className="rounded border border-ink-soft bg-white px-3 py-2" />
          <p id="map-as-of-hint" className="text-sm text-ink-soft">{t('asOfHint')}</p>
        </div>
        <button type="submit" className="rounded bg-primary-600 px-4 py-2.5 font-semibold text-white hover:bg-primary-700">{t('show')}</button>
      </form>
      {isFallback ? <p role="status" className="mb-4 rounded border border-warning-700 bg-warning-50 p-3">{t('fallback', { today: fromIsoDate(today) })}</p> : null}
      <RegionTileMap regions={regions} caption={t('caption', { date: day, count: regions.length })} />
      <Section id="map-table" title={t('tableTitle', { date: day })}>
        <DataTable caption={t('tableCaption', { date: day })}>
          <thead>
            <tr>
              <th scope="col" className={th}>{t('region')}</th>
              <th scope="col" className={`${th} text-right`}>{t('designated')}</th>
              <th scope="col" className={`${th} text-right`}>{t('units')}</th>
              <th scope="col" className={`${th} text-right`}>{t('share')}</th>
            </tr>
          </thead>
          <tbody>
            {regions.map((region) => (
              <tr key={region.slug}>
                <th scope="row" className={`${td} font-medium`}>
                  <Link href={`/regions/${region.slug}`}>{locale === 'ko' ? region.nameKo : region.nameEn}</Link>
                </th>
                <td className={`${td} text-right tabular`}>{region.designated}</td>
                <td className={`${td} text-right tabular`}>{region.units}</td>
                <td className={`${td} text-right tabular`}>{percent(region.designated, region.units)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </Section>
    </>
  );
}
