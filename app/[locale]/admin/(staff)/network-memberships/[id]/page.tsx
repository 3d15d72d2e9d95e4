import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { HistoryPanel } from '@/components/admin/history-panel';
import { AddNetworkRoleForm, UpdateNetworkMembershipForm } from '@/components/admin/partnerships/network-forms';
import { SavedNotice } from '@/components/admin/saved-notice';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { getRecordHistory } from '@/lib/audit/queries';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { IdField } from '@/lib/core/fields';
import { localField, localName } from '@/lib/core/names';
import { getNetworkMembershipForEdit } from '@/lib/networks/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('StaffPartnerships.networks');
  return { title: t('membershipTitle'), robots: { index: false } };
}

export default async function StaffNetworkMembershipPage({ params, searchParams }: PageProps<'/[locale]/admin/network-memberships/[id]'>) {
  const user = await requireAccess('registry.read');
  const id = IdField.safeParse((await params).id).data;
  if (!id) notFound();
  const [t, locale, membership, history, query] = await Promise.all([
    getTranslations('StaffPartnerships.networks'),
    getLocale(),
    getNetworkMembershipForEdit(id),
    getRecordHistory('NetworkMembership', id),
    searchParams,
  ]);
  if (!membership) notFound();
  const name = `${localField(membership.network, 'short', locale)}: ${localName(membership.organisation, locale)}`;
  return (
    <>
      <Breadcrumb
        items={[
          { href: '/admin/networks', label: t('title') },
          { href: `/admin/networks/${membership.network.id}`, label: localField(membership.network, 'short', locale) },
          { label: localName(membership.organisation, locale) },
        ]}
      />
      <PageHeader title={name} />
      <SavedNotice saved={query.saved} />
      <Section id="roles" title={t('rolesTitle')}>
        {membership.roles.length === 0 ? (
          <p className="text-ink-soft">{t('noRoles')}</p>
        ) : (
          <ul className="list-disc pl-6">
            {membership.roles.map((role) => (
              <li key={role.id}>
                {localField(role, 'title', locale)} ({role.startedOn ?? '…'} – {role.endedOn ?? ''})
              </li>
            ))}
          </ul>
        )}
      </Section>
      {can(user.role, 'registry.edit') ? (
        <>
          <Section id="edit" title={t('editMembershipTitle')}>
            <UpdateNetworkMembershipForm current={membership} />
          </Section>
          <Section id="add-role" title={t('addRoleTitle')}>
            <AddNetworkRoleForm membershipId={membership.id} version={membership.version} />
          </Section>
        </>
      ) : (
        <p className="rounded border border-line bg-surface p-3">{t('readOnly')}</p>
      )}
      <HistoryPanel entries={history} />
    </>
  );
}
