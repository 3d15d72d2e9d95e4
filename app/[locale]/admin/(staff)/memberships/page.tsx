import { getLocale, getTranslations } from 'next-intl/server';
import { ListFilter } from '@/components/admin/list-filter';
import { Pager } from '@/components/admin/pager';
import { DataTable, td, th } from '@/components/ui/table';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { MEMBERSHIP_KINDS } from '@/lib/memberships/schemas';
import { listMemberships } from '@/lib/memberships/staff-queries';
import { pageNumber } from '@/lib/core/pagination';
import { localField } from '@/lib/core/names';

export async function generateMetadata() {
  const t = await getTranslations('Admin.memberships');
  return { title: t('title'), robots: { index: false } };
}

export default async function MembershipsPage({ searchParams }: PageProps<'/[locale]/admin/memberships'>) {
  const user = await requireAccess('registry.read');
  const params = await searchParams;
  const q = typeof params.q === 'string' ? params.q.slice(0, 60) : '';
  const kind = MEMBERSHIP_KINDS.find((k) => k === params.kind);
  const page = pageNumber(params.page);
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
      <ListFilter path="/admin/memberships" q={q}>
        <div className="flex flex-col gap-1">
          <label htmlFor="list-kind" className="text-sm font-semibold">
            {t('kind')}
          </label>
          <select id="list-kind" name="kind" defaultValue={kind ?? ''} className="rounded border border-ink-soft px-3 py-2">
            <option value="">{t('allKinds')}</option>
            {MEMBERSHIP_KINDS.map((k) => (
              <option key={k} value={k}>
                {tKind(k)}
              </option>
            ))}
          </select>
        </div>
      </ListFilter>
      {list.rows.length === 0 ? (
        <p className="text-ink-soft">{t('empty')}</p>
      ) : (
        <DataTable caption={t('caption')}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t('member')}
              </th>
              <th scope="col" className={th}>
                {t('kind')}
              </th>
              <th scope="col" className={th}>
                {t('period')}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className={`${td} font-medium`}>
                  <Link href={`/admin/memberships/${row.id}`}>{localField(row, 'member', locale)}</Link>
                </th>
                <td className={td}>{tKind(row.kind)}</td>
                <td className={td}>{`${row.joinedOn ?? '…'} – ${row.leftOn ?? ''}`}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pager path="/admin/memberships" params={{ q, kind }} page={page} total={list.total} />
    </>
  );
}
