import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { CityEvaluations } from '@/components/cities/city-evaluations';
import { CityFacts } from '@/components/cities/city-facts';
import { CityFunding } from '@/components/cities/city-funding';
import { CityHistory } from '@/components/cities/city-history';
import { CityLineage } from '@/components/cities/city-lineage';
import { CityPartnerships } from '@/components/cities/city-partnerships';
import { ScheduleRules } from '@/components/cities/schedule-rules';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Link } from '@/lib/i18n/navigation';
import { fromIsoDate } from '@/lib/core/dates';
import { getCityAgreements } from '@/lib/agreements/queries';
import { getCityPage, getCitySlugs } from '@/lib/cities/queries';
import { getCityNetworks } from '@/lib/networks/queries';
import { pageMetadata } from '@/lib/i18n/metadata';
import { localName, otherLocale, qualifiedName } from '@/lib/core/names';

export async function generateStaticParams() {
  return (await getCitySlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/cities/[slug]'>) {
  const { slug } = await params;
  const [t, tSite, locale, city] = await Promise.all([
    getTranslations('CityPage'),
    getTranslations('Site'),
    getLocale(),
    getCityPage(slug),
  ]);
  if (!city) return {};
  const title = qualifiedName(city, city.region, locale);
  return pageMetadata({ locale, path: `/cities/${slug}`, title, description: t('description', { city: title }), siteName: tSite('name') });
}

export default async function CityPage({ params }: PageProps<'/[locale]/cities/[slug]'>) {
  const { slug } = await params;
  const [t, locale, city, networks, agreements] = await Promise.all([
    getTranslations('CityPage'),
    getLocale(),
    getCityPage(slug),
    getCityNetworks(slug),
    getCityAgreements(slug),
  ]);
  if (!city) notFound();
  const title = qualifiedName(city, city.region, locale);
  return (
    <>
      <Breadcrumb items={[{ href: `/regions/${city.region.slug}`, label: localName(city.region, locale) }, { label: title }]} />
      <PageHeader title={title} lede={qualifiedName(city, city.region, otherLocale(locale))} />
      <CityFacts city={city} />
      <CityLineage city={city} />
      <CityEvaluations city={city} />
      {city.designations.length > 0 ? <ScheduleRules city={city} /> : null}
      <CityFunding city={city} />
      <CityPartnerships citySlug={slug} networks={networks} agreements={agreements.agreements} today={agreements.today} />
      <CityHistory city={city} />
      <p className="mt-10 text-sm text-ink-soft">{t('registryDate', { date: fromIsoDate(city.today) })}</p>
      <p className="mt-2 text-sm text-ink-soft print:hidden">
        {t.rich('correctionsHint', { contact: (chunks) => <Link href="/contact">{chunks}</Link> })}
      </p>
    </>
  );
}
