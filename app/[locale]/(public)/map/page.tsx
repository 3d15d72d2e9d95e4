import { connection } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { MapView } from '@/components/map/map-view';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { pageMetadata } from '@/lib/i18n/metadata';
import { getRegistryAsOf } from '@/lib/registry/queries';
import { parseAsOf } from '@/lib/registry/schemas';
import { isoDate, todayInKorea } from '@/lib/core/dates';

/** Rendered whole per request (the day may be in the URL), no streamed part; its read is cached per day. */
export const instant = false;

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('Map'), getLocale()]);
  return pageMetadata({ locale, path: '/map', title: t('title'), description: t('lede') });
}

export default async function MapPage({ searchParams }: PageProps<'/[locale]/map'>) {
  const params = await searchParams;
  // The clock is read per request, after this marks the render as request-time.
  await connection();
  const today = isoDate(todayInKorea());
  const { asOf, isFallback } = parseAsOf(params.asOf, today);
  const [t, registry] = await Promise.all([getTranslations('Map'), getRegistryAsOf(asOf)]);
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <MapView registry={registry} today={today} isFallback={isFallback} />
    </>
  );
}
