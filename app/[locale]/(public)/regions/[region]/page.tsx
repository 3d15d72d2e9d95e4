import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { RegionOverview } from '@/components/regions/region-overview';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { pageMetadata } from '@/lib/i18n/metadata';
import { getRegionPage, getRegionSlugs } from '@/lib/regions/queries';
import { localName } from '@/lib/core/names';

export async function generateStaticParams() {
  return (await getRegionSlugs()).map((region) => ({ region }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/regions/[region]'>) {
  const { region: slug } = await params;
  const [t, locale, page] = await Promise.all([getTranslations('RegionPage'), getLocale(), getRegionPage(slug)]);
  if (!page) return {};
  const name = localName(page.region, locale);
  return pageMetadata({ locale, path: `/regions/${slug}`, title: name, description: t('description', { region: name }) });
}

export default async function RegionPage({ params }: PageProps<'/[locale]/regions/[region]'>) {
  const { region: slug } = await params;
  const [tRegions, locale, page] = await Promise.all([getTranslations('Regions'), getLocale(), getRegionPage(slug)]);
  if (!page) notFound();
  return (
    <>
      <Breadcrumb items={[{ href: '/regions', label: tRegions('title') }, { label: localName(page.region, locale) }]} />
      <RegionOverview page={page} />
    </>
  );
}
