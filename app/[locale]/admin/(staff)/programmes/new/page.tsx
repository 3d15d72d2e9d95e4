import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { CreateProgrammeForm } from '@/components/admin/programmes/programme-forms';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { checkAccess } from '@/lib/auth/session';
import { listSubsidyAnnouncementOptions } from '@/lib/subsidies/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('Admin.programmes');
  return { title: t('new'), robots: { index: false } };
}

export default async function NewProgrammePage() {
  const access = await checkAccess('subsidies.edit');
  if (access.status !== 'allowed') return <Forbidden />;
  const [t, announcements] = await Promise.all([getTranslations('Admin.programmes'), listSubsidyAnnouncementOptions()]);
  return (
    <div className="max-w-2xl">
      <Breadcrumb items={[{ href: '/admin/programmes', label: t('title') }, { label: t('new') }]} />
      <PageHeader title={t('new')} lede={t('newLede')} />
      <CreateProgrammeForm announcements={announcements} />
    </div>
  );
}
