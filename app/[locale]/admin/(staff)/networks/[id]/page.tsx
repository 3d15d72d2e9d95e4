import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { HistoryPanel } from '@/components/admin/history-panel';
import { CreateNetworkMembershipForm, UpdateNetworkForm } from '@/components/admin/partnerships/network-forms';
import { SavedNotice } from '@/components/admin/saved-notice';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { getRecordHistory } from '@/lib/audit/queries';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { IdField } from '@/lib/core/fields';
import { localName } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';
import { getNetworkForEdit } from '@/lib/networks/staff-queries';
import { listPartyOptions } from '@/lib/organisations/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('StaffPartnerships.networks');
  return { title: t('title'), robots: { index: false } };
}

export default async function StaffNetworkPage({ params, searchParams }: PageProps<'/[locale]/admin/networks/[id]'>) {
  const user = await requireAccess('registry.read');
  const id = IdField.safeParse((await params).id).data;
  if (!id) notFound();
  const [t, tStatus, locale, network, history, parties, query] = await Promise.all([
    getTranslations('StaffPartnerships.networks'),
    getTranslations('MembershipStatus'),
    getLocale(),
    getNetworkForEdit(id),
    getRecordHistory('Network', id),
    listPartyOptions(),
    searchParams,
  ]);
  if (!network) notFound();
  const canEdit = can(user.role, 'registry.edit');
  return (
    <>
      <Breadcrumb items={[{ href: '/admin/networks', label: t('title') }, { label: network.shortKo }]} />
      <PageHeader title={localName(network, locale)} lede={<Link href={`/networks/${network.slug}`}>{t('publicPage')}</Link>} />
      <SavedNotice saved={query.saved} />
      <Section id="memberships" title={t('membershipsTitle', { count: network.memberships.length })}>
        <ul className="flex flex-col gap-1">
          {network.memberships.map((membership) => (
            <li key={membership.id}>
              <Link href={`/admin/network-memberships/${membership.id}`}>{localName(membership.organisation, locale)}</Link> ·{' '}
              {tStatus(membership.status)}
              {membership.joinedOn ? ` · ${membership.joinedOn}` : ''}
            </li>
          ))}
        </ul>
      </Section>
      {canEdit ? (
        <>
          <Section id="add-membership" title={t('addMembershipTitle')}>
            <CreateNetworkMembershipForm networkId={network.id} parties={parties} />
          </Section>
          <Section id="edit" title={t('editTitle')}>
            <UpdateNetworkForm current={network} />
          </Section>
        </>
      ) : (
        <p className="rounded border border-line bg-surface p-3">{t('readOnly')}</p>
      )}
      <HistoryPanel entries={history} />
    </>
  );
}
