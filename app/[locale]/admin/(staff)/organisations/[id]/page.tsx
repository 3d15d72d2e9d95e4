import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { HistoryPanel } from '@/components/admin/history-panel';
import { UpdateOrganisationForm } from '@/components/admin/partnerships/organisation-forms';
import { SavedNotice } from '@/components/admin/saved-notice';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { getRecordHistory } from '@/lib/audit/queries';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { IdField } from '@/lib/core/fields';
import { localName } from '@/lib/core/names';
import { getOrganisationForEdit } from '@/lib/organisations/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('StaffPartnerships.organisations');
  return { title: t('title'), robots: { index: false } };
}

export default async function StaffOrganisationPage({ params, searchParams }: PageProps<'/[locale]/admin/organisations/[id]'>) {
  const user = await requireAccess('registry.read');
  const id = IdField.safeParse((await params).id).data;
  if (!id) notFound();
  const [t, tKind, locale, organisation, history, query] = await Promise.all([
    getTranslations('StaffPartnerships.organisations'),
    getTranslations('OrganisationKind'),
    getLocale(),
    getOrganisationForEdit(id),
    getRecordHistory('Organisation', id),
    searchParams,
  ]);
  if (!organisation) notFound();
  return (
    <>
      <Breadcrumb items={[{ href: '/admin/organisations', label: t('title') }, { label: localName(organisation, locale) }]} />
      <PageHeader title={localName(organisation, locale)} lede={tKind(organisation.kind)} />
      <SavedNotice saved={query.saved} />
      {organisation.isLinked ? (
        <p className="rounded border border-line bg-surface p-3">{t('linked')}</p>
      ) : can(user.role, 'registry.edit') ? (
        <Section id="edit" title={t('editTitle')}>
          <UpdateOrganisationForm current={organisation} />
        </Section>
      ) : (
        <p className="rounded border border-line bg-surface p-3">{t('readOnly')}</p>
      )}
      <HistoryPanel entries={history} />
    </>
  );
}
