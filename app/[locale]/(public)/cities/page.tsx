import { getLocale, getTranslations } from 'next-intl/server';
import { CitySearchResults } from '@/components/cities/city-search-results';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { parseCitySearch } from '@/lib/cities/schemas';
import { pageMetadata } from '@/lib/i18n/metadata';
import { getRegionSummaries } from '@/lib/regions/queries';

/**
 * Rendered whole for each request, with no streamed part: a streamed result only appears through
 * an inline script, and the search must work without JavaScript. Everything it reads is cached.
 */
export const instant = false;

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('Search'), getLocale()]);
  return pageMetadata({ locale, path: '/cities', title: t('title'), description: t('lede') });
}

export default async function CitiesPage({ searchParams }: PageProps<'/[locale]/cities'>) {
  const [t, regions, params] = await Promise.all([getTranslations('Search'), getRegionSummaries(), searchParams]);
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      {/* After a search the results matter more than the introduction: it gives way to them. */}
      <PageHeader title={t('title')} lede={Object.keys(params).length === 0 ? t('lede') : undefined} />
      <CitySearchResults search={parseCitySearch(params)} regions={regions} />
    </>
  );
}
