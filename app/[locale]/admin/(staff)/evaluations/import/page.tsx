import { getTranslations } from 'next-intl/server';
import { ImportEvaluationsForm } from '@/components/admin/designations/evaluation-forms';
import { Forbidden } from '@/components/admin/forbidden';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { checkAccess } from '@/lib/auth/session';
import { todayInKorea } from '@/lib/core/dates';

export async function generateMetadata() {
  const t = await getTranslations('Admin.evaluations.import');
  return { title: t('title'), robots: { index: false } };
}

export default async function ImportEvaluationsPage() {
  const access = await checkAccess('registry.edit');
  if (access.status !== 'allowed') return <Forbidden />;
  const [t, tEvaluations] = await Promise.all([getTranslations('Admin.evaluations.import'), getTranslations('Admin.evaluations')]);
  return (
    <div className="max-w-3xl">
      <Breadcrumb items={[{ href: '/admin/evaluations', label: tEvaluations('title') }, { label: t('title') }]} />
      <PageHeader title={t('title')} lede={t('lede')} />
      <ImportEvaluationsForm defaultYear={todayInKorea().getUTCFullYear()} />
    </div>
  );
}
