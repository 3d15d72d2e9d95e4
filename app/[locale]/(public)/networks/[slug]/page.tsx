import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { NetworkOverview } from '@/components/networks/network-overview';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { localField, localName, otherLocale } from '@/lib/core/names';
import { pageMetadata } from '@/lib/i18n/metadata';
import { getNetwork, getNetworkSlugs } from '@/lib/networks/queries';
import { getRegionSummaries } from '@/lib/regions/queries';

export async function generateStaticParams() {
  return (await getNetworkSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/networks/[slug]'>) {
  const { slug } = await params;
  const [t, locale, network] = await Promise.all([getTranslations('Networks'), getLocale(), getNetwork(slug)]);
  if (!network) return {};
  const title = localName(network, locale);
  return pageMetadata({ locale, path: `/networks/${slug}`, title, description: t('networkDescription', { network: title }) });
}

export default async function NetworkPage({ params }: PageProps<'/[locale]/networks/[slug]'>) {
  const { slug } = await params;
  const [t, locale, network, regions] = await Promise.all([
    getTranslations('Networks'),
    getLocale(),
    getNetwork(slug),
    getRegionSummaries(),
  ]);
  if (!network) notFound();
  return (
    <>
      <Breadcrumb items={[{ href: '/networks', label: t('title') }, { label: localField(network, 'short', locale) }]} />
      <PageHeader title={localName(network, locale)} lede={localName(network, otherLocale(locale))} />
      <NetworkOverview network={network} regions={regions} />
    </>
  );
}
