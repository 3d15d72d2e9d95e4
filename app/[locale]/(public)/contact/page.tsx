import { getLocale, getTranslations } from 'next-intl/server';
import { ContactText } from '@/components/policies/policy-text';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { pageMetadata } from '@/lib/i18n/metadata';

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('Policies.contact'), getLocale()]);
  return pageMetadata({ locale, path: '/contact', title: t('title'), description: t('lede') });
}

export default async function ContactPage() {
  const t = await getTranslations('Policies.contact');
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <ContactText />
    </>
  );
}
