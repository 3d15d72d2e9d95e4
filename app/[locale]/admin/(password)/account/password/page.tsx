import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/admin/change-password-form';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';

export async function generateMetadata() {
  const t = await getTranslations('Admin.password');
  return { title: t('title'), robots: { index: false } };
}

export default async function PasswordPage() {
  const [t, tNav] = await Promise.all([getTranslations('Admin.password'), getTranslations('Admin.nav')]);
  return (
    <div className="max-w-md">
      <Breadcrumb items={[{ href: '/admin', label: tNav('dashboard') }, { label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <ChangePasswordForm />
    </div>
  );
}
