import { getLocale, getTranslations } from 'next-intl/server';
import { AssociationOverview } from '@/components/association/association-view';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { getAssociation } from '@/lib/association/queries';
import { pageMetadata } from '@/lib/i18n/metadata';

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('Association'), getLocale()]);
  return pageMetadata({ locale, path: '/association', title: t('title'), description: t('lede') });
}

export default async function AssociationPage() {
  const [t, association] = await Promise.all([getTranslations('Association'), getAssociation()]);
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <AssociationOverview association={association} />
    </>
  );
}
