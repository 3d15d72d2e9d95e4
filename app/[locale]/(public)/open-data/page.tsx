import { getLocale, getTranslations } from 'next-intl/server';
import { OpenDataView } from '@/components/open-data/open-data-view';
import { PartnershipDownloads } from '@/components/open-data/partnership-downloads';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { pageMetadata } from '@/lib/i18n/metadata';
import { getRegistryRows } from '@/lib/open-data/queries';

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('OpenData'), getLocale()]);
  return pageMetadata({ locale, path: '/open-data', title: t('title'), description: t('lede') });
}

export default async function OpenDataPage() {
  const [t, registry] = await Promise.all([getTranslations('OpenData'), getRegistryRows()]);
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <OpenDataView rowCount={registry.rows.length} asOf={registry.asOf} />
      <PartnershipDownloads />
    </>
  );
}
