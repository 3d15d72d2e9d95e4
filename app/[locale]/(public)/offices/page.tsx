import { getLocale, getTranslations } from 'next-intl/server';
import { OfficesDirectory } from '@/components/offices/offices-directory';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { pageMetadata } from '@/lib/i18n/metadata';
import { getOfficesDirectory } from '@/lib/offices/queries';

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('Offices'), getLocale()]);
  return pageMetadata({ locale, path: '/offices', title: t('title'), description: t('lede') });
}

export default async function OfficesPage() {
  const [t, directory] = await Promise.all([getTranslations('Offices'), getOfficesDirectory()]);
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <OfficesDirectory directory={directory} />
    </>
  );
}
