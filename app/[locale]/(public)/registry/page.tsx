import { connection } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { RegistryAsOfView } from '@/components/registry/registry-as-of';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { pageMetadata } from '@/lib/i18n/metadata';
import { getRegistryAsOf } from '@/lib/registry/queries';
import { parseAsOf } from '@/lib/registry/schemas';
import { isoDate, todayInKorea } from '@/lib/core/dates';

/** Rendered whole per request (the day is in the URL), with no streamed part: it works without JavaScript. Its read is cached per day. */
export const instant = false;

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('Registry'), getLocale()]);
  return pageMetadata({ locale, path: '/registry', title: t('title'), description: t('lede') });
}

export default async function RegistryPage({ searchParams }: PageProps<'/[locale]/registry'>) {
  // The day in the URL makes this request-time; only then may it read the clock.
  const params = await searchParams;
  // The clock is read per request, after this marks the render as request-time.
  await connection();
  const today = isoDate(todayInKorea());
  const { asOf, isFallback } = parseAsOf(params.asOf, today);
  const [t, registry] = await Promise.all([getTranslations('Registry'), getRegistryAsOf(asOf)]);
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <RegistryAsOfView registry={registry} today={today} isFallback={isFallback} />
    </>
  );
}
