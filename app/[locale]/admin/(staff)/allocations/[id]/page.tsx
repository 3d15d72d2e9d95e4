import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ChangeAllocationStatusForm, DeleteAllocationForm, UpdateAllocationForm } from '@/components/admin/allocations/allocation-forms';
import { recipientName } from '@/components/admin/allocations/allocation-table';
import { AnnouncementTotalNotice } from '@/components/admin/allocations/announcement-total-notice';
import { HistoryPanel } from '@/components/admin/history-panel';
import { SavedNotice } from '@/components/admin/saved-notice';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { getRecordHistory } from '@/lib/audit/queries';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { formatWon } from '@/lib/money/format';
import { IdField } from '@/lib/core/fields';
import {
  getAllocationForEdit,
  getAnnouncementTotal,
  listRecipientOptions,
  listSubsidyAnnouncementOptions,
} from '@/lib/subsidies/staff-queries';
import { localName } from '@/lib/core/names';

export async function generateMetadata() {
  const t = await getTranslations('Admin.allocations');
  return { title: t('title'), robots: { index: false } };
}

export default async function AllocationPage({ params, searchParams }: PageProps<'/[locale]/admin/allocations/[id]'>) {
  const user = await requireAccess('subsidies.read');
  const id = IdField.safeParse((await params).id).data;
  if (!id) notFound();
  const [t, tStatus, locale, allocation, announcements, history, query] = await Promise.all([
    getTranslations('Admin.allocations'),
    getTranslations('Subsidies.statuses'),
    getLocale(),
    getAllocationForEdit(id),
    listSubsidyAnnouncementOptions(),
    getRecordHistory('Allocation', id),
    searchParams,
  ]);
  if (!allocation) notFound();
  const [recipients, announcementTotal] = await Promise.all([
    listRecipientOptions(allocation.recipientKind),
    getAnnouncementTotal(allocation.announcementId),
  ]);
  const { programme, recipient } = allocation;
  const programmeName = `${programme.year} ${localName(programme, locale)}`;
  const name = recipientName(recipient, locale);
  const canEdit = can(user.role, 'subsidies.edit');
  const current = {
    id: allocation.id,
    version: allocation.version,
    recipientKind: allocation.recipientKind,
    recipientId: recipient.id,
    amount: allocation.amount.toString(),
    isAmountApproximate: allocation.isAmountApproximate,
    status: allocation.status,
    announcementId: allocation.announcementId,
    note: allocation.note,
  };
  return (
    <>
      <Breadcrumb items={[{ href: '/admin/allocations', label: t('title') }, { label: `${programmeName} · ${name}` }]} />
      <PageHeader
        title={t('recordTitle', { programme: programmeName, recipient: name })}
        lede={`${formatWon(allocation.amount, locale, { isApproximate: allocation.isAmountApproximate })} · ${tStatus(allocation.status)}`}
      >
        <p className="flex flex-wrap gap-4">
          <Link href={`/admin/programmes/${programme.id}`}>{t('toProgramme')}</Link>
          {recipient.kind === 'local_government' ? <Link href={`/cities/${recipient.slug}`}>{t('toPublicPage')}</Link> : null}
        </p>
      </PageHeader>
      <SavedNotice saved={query.saved} />
      {announcementTotal ? <AnnouncementTotalNotice total={announcementTotal} /> : null}
      {canEdit ? (
        <>
          <Section id="status" title={t('statusTitle')} description={t('statusLede')}>
            <div className="max-w-2xl">
              <ChangeAllocationStatusForm current={current} />
            </div>
          </Section>
          <Section id="edit" title={t('editTitle')}>
            <div className="max-w-2xl">
              <UpdateAllocationForm current={current} recipients={recipients} announcements={announcements} />
            </div>
          </Section>
          {allocation.status === 'draft' ? (
            <Section id="delete" title={t('deleteTitle')} description={t('deleteLede')}>
              <DeleteAllocationForm current={current} />
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
