import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { CreateMembershipForm } from '@/components/admin/memberships/membership-forms';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { checkAccess } from '@/lib/auth/session';
import { listMemberOptions } from '@/lib/memberships/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('Admin.memberships');
  return { title: t('new'), robots: { index: false } };
}

export default async function NewMembershipPage() {
  const access = await checkAccess('registry.edit');
  if (access.status !== 'allowed') return <Forbidden />;
  const [t, options] = await Promise.all([getTranslations('Admin.memberships'), listMemberOptions()]);
  return (
    <div className="max-w-2xl">
      <Breadcrumb items={[{ href: '/admin/memberships', label: t('title') }, { label: t('new') }]} />
      <PageHeader title={t('new')} lede={t('newLede')} />
      <CreateMembershipForm localGovernments={options.localGovernments} offices={options.offices} />
    </div>
  );
}
