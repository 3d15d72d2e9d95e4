import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { Link } from '@/lib/i18n/navigation';

/** What a signed-in user sees on a screen their role does not open. */
export async function Forbidden() {
  const t = await getTranslations('Admin.forbidden');
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')} />
      <Link href="/admin">{t('back')}</Link>
    </>
  );
}
