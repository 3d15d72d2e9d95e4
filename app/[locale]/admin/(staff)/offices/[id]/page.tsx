import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { HistoryPanel } from '@/components/admin/history-panel';
import { OfficeEditor } from '@/components/admin/offices/office-editor';
import { SavedNotice } from '@/components/admin/saved-notice';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { getRecordHistory } from '@/lib/audit/queries';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { getOfficeForEdit, getOfficeOptions } from '@/lib/offices/staff-queries';
import { IdField } from '@/lib/core/fields';
import { localName } from '@/lib/core/names';

export async function generateMetadata() {
  const t = await getTranslations('Admin.offices');
  return { title: t('title'), robots: { index: false } };
}

export default async function OfficeAdminPage({ params, searchParams }: PageProps<'/[locale]/admin/offices/[id]'>) {
  const user = await requireAccess('registry.read');
  const id = IdField.safeParse((await params).id).data;
  if (!id) notFound();
  const [t, locale, office, history, query] = await Promise.all([
    getTranslations('Admin.offices'),
    getLocale(),
    getOfficeForEdit(id),
    getRecordHistory('OfficeOfEducation', id),
    searchParams,
  ]);
  if (!office) notFound();
  const options = await getOfficeOptions(office);
  const name = localName(office, locale);
  return (
    <>
      <Breadcrumb items={[{ href: '/admin/offices', label: t('title') }, { label: name }]} />
      <PageHeader title={name} lede={office.parent ? localName(office.parent, locale) : undefined} />
      <SavedNotice saved={query.saved} />
      <OfficeEditor office={office} options={options} canEdit={can(user.role, 'registry.edit')} />
      <HistoryPanel entries={history} />
    </>
  );
}
