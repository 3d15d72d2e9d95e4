import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { CreateOfficerForm } from '@/components/admin/partnerships/officer-forms';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { checkAccess } from '@/lib/auth/session';
import { listPartyOptions } from '@/lib/organisations/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('StaffPartnerships.officers');
  return { title: t('new'), robots: { index: false } };
}

export default async function NewOfficerPage() {
  const access = await checkAccess('registry.edit');
  if (access.status !== 'allowed') return <Forbidden />;
  const [t, parties] = await Promise.all([getTranslations('StaffPartnerships.officers'), listPartyOptions()]);
  // Officers are heads of member local governments and district superintendents.
  const members = parties.filter((option) => option.value.startsWith('lg:') || option.value.startsWith('office:'));
  return (
    <div className="max-w-2xl">
      <Breadcrumb items={[{ href: '/admin/officers', label: t('title') }, { label: t('new') }]} />
      <PageHeader title={t('new')} lede={t('newLede')} />
      <CreateOfficerForm members={members} />
    </div>
  );
}
