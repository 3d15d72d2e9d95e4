import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AgreementDetailView } from '@/components/agreements/agreement-detail';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { getAgreement, getAgreementSlugs } from '@/lib/agreements/queries';
import { localField, otherLocale } from '@/lib/core/names';
import { pageMetadata } from '@/lib/i18n/metadata';

export async function generateStaticParams() {
  return (await getAgreementSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/agreements/[slug]'>) {
  const { slug } = await params;
  const [t, locale, agreement] = await Promise.all([getTranslations('Agreements'), getLocale(), getAgreement(slug)]);
  if (!agreement) return {};
  const title = localField(agreement, 'title', locale);
  return pageMetadata({ locale, path: `/agreements/${slug}`, title, description: t('agreementDescription', { agreement: title }) });
}

export default async function AgreementPage({ params }: PageProps<'/[locale]/agreements/[slug]'>) {
  const { slug } = await params;
  const [t, locale, agreement] = await Promise.all([getTranslations('Agreements'), getLocale(), getAgreement(slug)]);
  if (!agreement) notFound();
  const title = localField(agreement, 'title', locale);
  return (
    <>
      <Breadcrumb items={[{ href: '/agreements', label: t('title') }, { label: title }]} />
      <PageHeader title={title} lede={<span lang={otherLocale(locale)}>{localField(agreement, 'title', otherLocale(locale))}</span>} />
      <AgreementDetailView agreement={agreement} />
    </>
  );
}
