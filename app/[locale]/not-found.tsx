import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { Link } from '@/lib/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')} />
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <Link href="/cities">{t('search')}</Link>
        </li>
        <li>
          <Link href="/regions">{t('regions')}</Link>
        </li>
        <li>
          <Link href="/">{t('home')}</Link>
        </li>
      </ul>
    </>
  );
}
