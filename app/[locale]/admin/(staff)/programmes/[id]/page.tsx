import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { allocationTable } from '@/components/admin/allocations/allocation-table';
import { AdminTable } from '@/components/admin/list/admin-list';
import { HistoryPanel } from '@/components/admin/history-panel';
import { ProgrammeFacts } from '@/components/admin/programmes/programme-facts';
import { DeleteProgrammeForm, UpdateProgrammeForm } from '@/components/admin/programmes/programme-forms';
import { SavedNotice } from '@/components/admin/saved-notice';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { getRecordHistory } from '@/lib/audit/queries';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { IdField } from '@/lib/core/fields';
import { getProgrammeForEdit, listSubsidyAnnouncementOptions } from '@/lib/subsidies/staff-queries';
import { localName } from '@/lib/core/names';

export async function generateMetadata() {
  const t = await getTranslations('Admin.programmes');
  return { title: t('title'), robots: { index: false } };
}

export default async function ProgrammePage({ params, searchParams }: PageProps<'/[locale]/admin/programmes/[id]'>) {
  const user = await requireAccess('subsidies.read');
  const id = IdField.safeParse((await params).id).data;
  if (!id) notFound();
  const [t, locale, programme, announcements, history, query] = await Promise.all([
    getTranslations('Admin.programmes'),
    getLocale(),
    getProgrammeForEdit(id),
    listSubsidyAnnouncementOptions(),
    getRecordHistory('Programme', id),
    searchParams,
  ]);
  if (!programme) notFound();
  const name = `${programme.year} ${localName(programme, locale)}`;
  const canEdit = can(user.role, 'subsidies.edit');
  const current = {
    id: programme.id,
    version: programme.version,
    code: programme.code,
    year: programme.year,
    nameKo: programme.nameKo,
    nameEn: programme.nameEn,
    purposeKo: programme.purposeKo,
    purposeEn: programme.purposeEn,
    eligibilityKo: programme.eligibilityKo,
    eligibilityEn: programme.eligibilityEn,
    recipientKind: programme.recipientKind,
    amountPerRecipient: programme.amountPerRecipient?.toString() ?? null,
    isAmountApproximate: programme.isAmountApproximate,
    announcementId: programme.announcementId,
  };
  return (
    <>
      <Breadcrumb items={[{ href: '/admin/programmes', label: t('title') }, { label: name }]} />
      <PageHeader title={name} lede={t('recordLede', { count: programme.allocations.length })}>
        <p className="flex flex-wrap gap-4">
          {canEdit ? <Link href={`/admin/allocations/new?programmeId=${programme.id}`}>{t('addAllocation')}</Link> : null}
          <Link href={`/admin/subsidies?year=${programme.year}&programme=${programme.code}`}>{t('toDashboard')}</Link>
        </p>
      </PageHeader>
      <SavedNotice saved={query.saved} />
      <ProgrammeFacts programme={programme} />
      <Section id="allocations" title={t('allocationsTitle')}>
        <AdminTable
          spec={await allocationTable({ caption: t('allocationsCaption', { name }), isProgrammeShown: false })}
          rows={programme.allocations}
        />
      </Section>
      {canEdit ? (
        <>
          <Section id="edit" title={t('editTitle')}>
            <div className="max-w-2xl">
              <UpdateProgrammeForm announcements={announcements} current={current} />
            </div>
          </Section>
          {programme.allocations.length === 0 ? (
            <Section id="delete" title={t('deleteTitle')} description={t('deleteLede')}>
              <DeleteProgrammeForm current={programme} />
            </Section>
          ) : null}
        </>
      ) : (
        <p className="mt-6 rounded border border-line bg-surface p-3">{t('readOnly')}</p>
      )}
      <HistoryPanel entries={history} />
    </>
  );
}
