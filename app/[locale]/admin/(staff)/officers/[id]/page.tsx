import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { HistoryPanel } from '@/components/admin/history-panel';
import { UpdateOfficerForm } from '@/components/admin/partnerships/officer-forms';
import { SavedNotice } from '@/components/admin/saved-notice';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { getOfficerForEdit } from '@/lib/association/staff-queries';
import { getRecordHistory } from '@/lib/audit/queries';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { IdField } from '@/lib/core/fields';
import { localName } from '@/lib/core/names';

export async function generateMetadata() {
  const t = await getTranslations('StaffPartnerships.officers');
  return { title: t('title'), robots: { index: false } };
}

export default async function StaffOfficerPage({ params, searchParams }: PageProps<'/[locale]/admin/officers/[id]'>) {
  const user = await requireAccess('registry.read');
  const id = IdField.safeParse((await params).id).data;
  if (!id) notFound();
  const [t, tRole, locale, officer, history, query] = await Promise.all([
    getTranslations('StaffPartnerships.officers'),
    getTranslations('OfficerRole'),
    getLocale(),
    getOfficerForEdit(id),
    getRecordHistory('AssociationOfficer', id),
    searchParams,
  ]);
  if (!officer) notFound();
  const name = localName(officer.organisation, locale);
  return (
    <>
      <Breadcrumb items={[{ href: '/admin/officers', label: t('title') }, { label: name }]} />
      <PageHeader title={name} lede={tRole(officer.role)} />
      <SavedNotice saved={query.saved} />
      {can(user.role, 'registry.edit') ? (
        <Section id="edit" title={t('editTitle')}>
          <UpdateOfficerForm current={officer} />
        </Section>
      ) : (
        <p className="rounded border border-line bg-surface p-3">{t('readOnly')}</p>
      )}
      <HistoryPanel entries={history} />
    </>
  );
}
