import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { HistoryPanel } from '@/components/admin/history-panel';
import { LocalGovernmentEditor } from '@/components/admin/local-governments/local-government-editor';
import { SavedNotice } from '@/components/admin/saved-notice';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { getRecordHistory } from '@/lib/audit/queries';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { getLocalGovernmentForEdit, listRegionOptions } from '@/lib/local-governments/staff-queries';
import { IdField } from '@/lib/core/fields';
import { qualifiedName } from '@/lib/core/names';

export async function generateMetadata() {
  const t = await getTranslations('Admin.localGovernments');
  return { title: t('title'), robots: { index: false } };
}

export default async function LocalGovernmentPage({ params, searchParams }: PageProps<'/[locale]/admin/local-governments/[id]'>) {
  const user = await requireAccess('registry.read');
  const id = IdField.safeParse((await params).id).data;
  if (!id) notFound();
  const [t, locale, lg, regions, history, query] = await Promise.all([
    getTranslations('Admin.localGovernments'),
    getLocale(),
    getLocalGovernmentForEdit(id),
    listRegionOptions(),
    getRecordHistory('LocalGovernment', id),
    searchParams,
  ]);
  if (!lg) notFound();
  const title = qualifiedName(lg, lg.region, locale);
  return (
    <>
      <Breadcrumb items={[{ href: '/admin/local-governments', label: t('title') }, { label: title }]} />
      <PageHeader title={title} />
      <SavedNotice saved={query.saved} />
      <LocalGovernmentEditor lg={lg} regions={regions} canEdit={can(user.role, 'registry.edit')} />
      <HistoryPanel entries={history} />
    </>
  );
}
