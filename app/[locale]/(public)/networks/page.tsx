import { getLocale, getTranslations } from 'next-intl/server';
import { NetworkList } from '@/components/networks/network-list';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { pageMetadata } from '@/lib/i18n/metadata';
import { Link } from '@/lib/i18n/navigation';
import { getNetworks } from '@/lib/networks/queries';

export async function generateMetadata() {
  const [t, locale] = await Promise.all([getTranslations('Networks'), getLocale()]);
  return pageMetadata({ locale, path: '/networks', title: t('title'), description: t('lede') });
}

export default async function NetworksPage() {
  const [t, networks] = await Promise.all([getTranslations('Networks'), getNetworks()]);
  return (
    <>
      <Breadcrumb items={[{ label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <Section id="networks" title={t('listTitle')} description={t('listHint')}>
        <NetworkList networks={networks} />
      </Section>
      <p className="mt-8">
        <Link href="/agreements">{t('agreementsLink')}</Link> · <Link href="/association">{t('associationLink')}</Link>
      </p>
    </>
  );
}
