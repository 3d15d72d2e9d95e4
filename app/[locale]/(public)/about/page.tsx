import { getLocale, getTranslations } from 'next-intl/server';
import { DataNotes } from '@/components/about/data-notes';
import { SourceList } from '@/components/about/source-list';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { getAnnouncements } from '@/lib/announcements/queries';
import { pageMetadata } from '@/lib/i18n/metadata';

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('About'), getLocale()]);
  return pageMetadata({ locale, path: '/about', title: t('title'), description: t('lede') });
}

export default async function AboutPage() {
  const [t, announcements] = await Promise.all([getTranslations('About'), getAnnouncements()]);
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <DataNotes />
      <SourceList announcements={announcements} />
    </>
  );
}
