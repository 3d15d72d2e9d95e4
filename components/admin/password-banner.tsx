import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export async function PasswordBanner() {
  const t = await getTranslations('Admin');
  return (
    <p role="alert" className="rounded border border-warning-700 bg-warning-50 p-3">
      {t('mustChangePassword')} <Link href="/admin/account/password">{t('changePasswordNow')}</Link>
    </p>
  );
}
