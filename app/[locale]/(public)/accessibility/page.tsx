import { getLocale, getTranslations } from 'next-intl/server';
import { AccessibilityText } from '@/components/policies/policy-text';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { pageMetadata } from '@/lib/i18n/metadata';

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('Policies.accessibility'), getLocale()]);
  return pageMetadata({ locale, path: '/accessibility', title: t('title'), description: t('lede') });
}

export default async function AccessibilityPage() {
  const t = await getTranslations('Policies.accessibility');
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <AccessibilityText />
    </>
  );
}
