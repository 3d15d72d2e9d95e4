import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { HistoryPanel } from '@/components/admin/history-panel';
import { RetireMembershipForm, UpdateMembershipForm } from '@/components/admin/memberships/membership-forms';
import { SavedNotice } from '@/components/admin/saved-notice';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { getRecordHistory } from '@/lib/audit/queries';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { getMembershipForEdit } from '@/lib/memberships/staff-queries';
import { IdField } from '@/lib/core/fields';
import { localField } from '@/lib/core/names';

export async function generateMetadata() {
  const t = await getTranslations('Admin.memberships');
  return { title: t('title'), robots: { index: false } };
}

export default async function MembershipPage({ params, searchParams }: PageProps<'/[locale]/admin/memberships/[id]'>) {
  const user = await requireAccess('registry.read');
  const id = IdField.safeParse((await params).id).data;
  if (!id) notFound();
  const [t, tKind, locale, membership, history, query] = await Promise.all([
    getTranslations('Admin.memberships'),
    getTranslations('Admin.membershipKinds'),
    getLocale(),
    getMembershipForEdit(id),
    getRecordHistory('Membership', id),
    searchParams,
  ]);
  if (!membership) notFound();
  const name = localField(membership, 'member', locale);
  return (
    <>
      <Breadcrumb items={[{ href: '/admin/memberships', label: t('title') }, { label: name }]} />
      <PageHeader title={name} lede={tKind(membership.kind)} />
      <SavedNotice saved={query.saved} />
      {can(user.role, 'registry.edit') ? (
        <>
          <Section id="edit" title={t('editTitle')}>
            <UpdateMembershipForm current={membership} />
          </Section>
          {membership.leftOn ? null : (
            <Section id="retire" title={t('retireTitle')}>
              <RetireMembershipForm current={membership} />
            </Section>
          )}
        </>
      ) : (
        <p className="rounded border border-line bg-surface p-3">{t('readOnly')}</p>
      )}
      <HistoryPanel entries={history} />
    </>
  );
}
