import { getLocale, getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/cities/search-form';
import { HeadlineFigures } from '@/components/home/headline-figures';
import { LatestDesignations } from '@/components/home/latest-designations';
import { RegionGrid } from '@/components/regions/region-grid';
import { Section } from '@/components/ui/section';
import { pageMetadata } from '@/lib/i18n/metadata';
import { getRegionSummaries } from '@/lib/regions/queries';
import { getHeadlineFigures } from '@/lib/registry/queries';

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('Home'), getLocale()]);
  return pageMetadata({ locale, path: '/', title: t('title'), description: t('description') });
}

export default async function HomePage() {
  const [t, figures, regions] = await Promise.all([getTranslations('Home'), getHeadlineFigures(), getRegionSummaries()]);
  return (
    <>
      <div className="mb-8 flex flex-col gap-3">
        <h1 className="text-2xl font-bold tracking-tight sm:text-4xl">{t('title')}</h1>
        <p className="max-w-3xl text-base text-ink-soft sm:text-lg">{t('lede')}</p>
      </div>
      <HeadlineFigures figures={figures} />
      <Section id="regions" title={t('browseByRegion')} description={t('browseByRegionHint')}>
        <RegionGrid regions={regions} />
      </Section>
      <Section id="search" title={t('findCity')}>
        <SearchForm regions={regions} />
      </Section>
      <LatestDesignations figures={figures} />
    </>
  );
}
