import { getLocale, getTranslations } from 'next-intl/server';
import { OpenDataView } from '@/components/open-data/open-data-view';
import { PartnershipDownloads } from '@/components/open-data/partnership-downloads';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { pageMetadata } from '@/lib/i18n/metadata';
import { getAllocationRows, getDesignationHistoryRows, getRegistryRows } from '@/lib/open-data/queries';

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('OpenData'), getLocale()]);
  return pageMetadata({ locale, path: '/open-data', title: t('title'), description: t('lede') });
}

export default async function OpenDataPage() {
  const [t, registry, history, allocations] = await Promise.all([
    getTranslations('OpenData'),
    getRegistryRows(),
    getDesignationHistoryRows(),
    getAllocationRows(),
  ]);
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <OpenDataView
        counts={{ registry: registry.rows.length, history: history.rows.length, allocations: allocations.rows.length }}
        asOf={registry.asOf}
      />
      <PartnershipDownloads />
    </>
  );
}
