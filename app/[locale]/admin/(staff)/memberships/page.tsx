import { getLocale, getTranslations } from 'next-intl/server';
import { AdminList } from '@/components/admin/list/admin-list';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { listParam, parseListParams } from '@/lib/core/list-params';
import { localField } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';
import { MEMBERSHIP_KINDS } from '@/lib/memberships/schemas';
import { listMemberships } from '@/lib/memberships/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('Admin.memberships');
  return { title: t('title'), robots: { index: false } };
}

export default async function MembershipsPage({ searchParams }: PageProps<'/[locale]/admin/memberships'>) {
  const user = await requireAccess('registry.read');
  const { q, kind, page } = parseListParams({ q: listParam.text(), kind: listParam.choice(MEMBERSHIP_KINDS) }, await searchParams);
  const [t, tKind, locale, list] = await Promise.all([
    getTranslations('Admin.memberships'),
    getTranslations('Admin.membershipKinds'),
    getLocale(),
    listMemberships({ q, kind, page }),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')}>
        {can(user.role, 'registry.edit') ? <Link href="/admin/memberships/new">{t('add')}</Link> : null}
      </PageHeader>
      <AdminList
        path="/admin/memberships"
        filters={[
          { kind: 'text', name: 'q', label: 'Admin.list.search' },
          {
            kind: 'select',
            name: 'kind',
            label: 'Admin.memberships.kind',
            allLabel: 'Admin.memberships.allKinds',
            options: MEMBERSHIP_KINDS.map((k) => ({ value: k, label: tKind(k) })),
          },
        ]}
        values={{ q, kind }}
        table={{
          caption: t('caption'),
          empty: 'Admin.memberships.empty',
          rowKey: (row) => row.id,
          columns: [
            {
              header: 'Admin.memberships.member',
              isRowHeader: true,
              cell: (row) => <Link href={`/admin/memberships/${row.id}`}>{localField(row, 'member', locale)}</Link>,
            },
            { header: 'Admin.memberships.kind', cell: (row) => tKind(row.kind) },
            { header: 'Admin.memberships.period', cell: (row) => `${row.joinedOn ?? '…'} – ${row.leftOn ?? ''}` },
          ],
        }}
        rows={list.rows}
        pages={{ page, total: list.total }}
      />
    </>
  );
}
