import { getTranslations } from 'next-intl/server';
import { CreateDesignationForm } from '@/components/admin/designations/designation-forms';
import { Forbidden } from '@/components/admin/forbidden';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { checkAccess } from '@/lib/auth/session';
import { listAnnouncementOptions, listDesignatableLocalGovernments } from '@/lib/designations/staff-queries';
import { IdField } from '@/lib/core/fields';

export async function generateMetadata() {
  const t = await getTranslations('Admin.designations');
  return { title: t('new'), robots: { index: false } };
}

export default async function NewDesignationPage({ searchParams }: PageProps<'/[locale]/admin/designations/new'>) {
  const access = await checkAccess('registry.edit');
  if (access.status !== 'allowed') return <Forbidden />;
  const [t, localGovernments, announcements, params] = await Promise.all([
    getTranslations('Admin.designations'),
    listDesignatableLocalGovernments(),
    listAnnouncementOptions(),
    searchParams,
  ]);
  const preselected = IdField.safeParse(params.localGovernmentId).data;
  return (
    <div className="max-w-2xl">
      <Breadcrumb items={[{ href: '/admin/designations', label: t('title') }, { label: t('new') }]} />
      <PageHeader title={t('new')} lede={t('newLede')} />
      <CreateDesignationForm
        localGovernments={localGovernments}
        announcements={announcements}
        preselected={preselected ? String(preselected) : undefined}
      />
    </div>
  );
}
