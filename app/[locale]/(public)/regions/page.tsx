import { getLocale, getTranslations } from 'next-intl/server';
import { RegionTileMap } from '@/components/map/region-tile-map';
import { RegionGrid } from '@/components/regions/region-grid';
import { RegionTable } from '@/components/regions/region-table';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { pageMetadata } from '@/lib/i18n/metadata';
import { Link } from '@/lib/i18n/navigation';
import { getRegionSummaries } from '@/lib/regions/queries';
import { getTodaysCounts } from '@/lib/registry/queries';

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('Regions'), getLocale()]);
  return pageMetadata({ locale, path: '/regions', title: t('title'), description: t('lede') });
}

export default async function RegionsPage() {
  const [t, regions, national] = await Promise.all([getTranslations('Regions'), getRegionSummaries(), getTodaysCounts()]);
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <RegionTileMap
        caption={t('mapCaption')}
        regions={regions.map((region) => ({ ...region, designated: region.designatedCount, units: region.unitCount }))}
      />
      <p className="mt-2 mb-8 text-center">
        <Link href="/map">{t('mapLink')}</Link>
      </p>
      <RegionGrid regions={regions} />
      <Section id="coverage" title={t('tableTitle')}>
        <RegionTable regions={regions} national={national} />
      </Section>
    </>
  );
}
