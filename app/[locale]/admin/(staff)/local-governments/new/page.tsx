import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { CreateLocalGovernmentForm } from '@/components/admin/local-governments/local-government-forms';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { checkAccess } from '@/lib/auth/session';
import { listRegionOptions } from '@/lib/local-governments/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('Admin.localGovernments');
  return { title: t('new'), robots: { index: false } };
}

export default async function NewLocalGovernmentPage() {
  const access = await checkAccess('registry.edit');
  if (access.status !== 'allowed') return <Forbidden />;
  const [t, regions] = await Promise.all([getTranslations('Admin.localGovernments'), listRegionOptions()]);
  return (
    <div className="max-w-2xl">
      <Breadcrumb items={[{ href: '/admin/local-governments', label: t('title') }, { label: t('new') }]} />
      <PageHeader title={t('new')} lede={t('newLede')} />
      <CreateLocalGovernmentForm regions={regions} />
    </div>
  );
}
