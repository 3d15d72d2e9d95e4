import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { CreateAgreementForm } from '@/components/admin/partnerships/agreement-forms';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { checkAccess } from '@/lib/auth/session';

export async function generateMetadata() {
  const t = await getTranslations('StaffPartnerships.agreements');
  return { title: t('new'), robots: { index: false } };
}

export default async function NewAgreementPage() {
  const access = await checkAccess('registry.edit');
  if (access.status !== 'allowed') return <Forbidden />;
  const t = await getTranslations('StaffPartnerships.agreements');
  return (
    <div className="max-w-2xl">
      <Breadcrumb items={[{ href: '/admin/agreements', label: t('title') }, { label: t('new') }]} />
      <PageHeader title={t('new')} lede={t('newLede')} />
      <CreateAgreementForm />
    </div>
  );
}
