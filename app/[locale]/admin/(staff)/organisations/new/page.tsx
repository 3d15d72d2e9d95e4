import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { CreateOrganisationForm } from '@/components/admin/partnerships/organisation-forms';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { checkAccess } from '@/lib/auth/session';

export async function generateMetadata() {
  const t = await getTranslations('StaffPartnerships.organisations');
  return { title: t('new'), robots: { index: false } };
}

export default async function NewOrganisationPage() {
  const access = await checkAccess('registry.edit');
  if (access.status !== 'allowed') return <Forbidden />;
  const t = await getTranslations('StaffPartnerships.organisations');
  return (
    <div className="max-w-2xl">
      <Breadcrumb items={[{ href: '/admin/organisations', label: t('title') }, { label: t('new') }]} />
      <PageHeader title={t('new')} lede={t('newLede')} />
      <CreateOrganisationForm />
    </div>
  );
}
