import { getFormatter, getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { ListFilters } from '@/components/admin/list/admin-list';
import { SavedNotice } from '@/components/admin/saved-notice';
import { CreateUserForm, UserRowForms } from '@/components/admin/users/user-forms';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { checkAccess } from '@/lib/auth/session';
import { ROLES, type Role } from '@/lib/auth/roles';
import { listParam, parseListParams } from '@/lib/core/list-params';
import { listUsers } from '@/lib/users/queries';

const FILTERS = {
  q: listParam.text(100),
  role: listParam.choice(ROLES as readonly [Role, ...Role[]]),
  state: listParam.choice(['active', 'inactive'] as const),
};
import { MOMENT_FORMAT } from '@/lib/core/dates';

export async function generateMetadata() {
  const t = await getTranslations('Admin.users');
  return { title: t('title'), robots: { index: false } };
}

export default async function UsersPage({ searchParams }: PageProps<'/[locale]/admin/users'>) {
  const access = await checkAccess('users.manage');
  if (access.status !== 'allowed') return <Forbidden />;
  const query = await searchParams;
  const filters = parseListParams(FILTERS, query);
  const [t, tRoles, format, users] = await Promise.all([
    getTranslations('Admin.users'),
    getTranslations('Admin.nav.roles'),
    getFormatter(),
    listUsers({ q: filters.q || undefined, role: filters.role, state: filters.state }),
  ]);
  const { saved } = query;
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')} />
      <SavedNotice saved={saved} />
      <Section id="create" title={t('createTitle')} description={t('createLede')}>
        <div className="max-w-xl">
          <CreateUserForm />
        </div>
      </Section>
      <Section id="list" title={t('listTitle', { count: users.length })}>
        <ListFilters
          path="/admin/users"
          filters={[
            { kind: 'text', name: 'q', label: 'Admin.users.search', maxLength: 100 },
            {
              kind: 'select',
              name: 'role',
              label: 'Fields.role',
              allLabel: 'Admin.users.anyRole',
              options: ROLES.map((role) => ({ value: role, label: tRoles(role) })),
            },
            {
              kind: 'select',
              name: 'state',
              label: 'Admin.users.state',
              allLabel: 'Admin.users.anyState',
              options: [
                { value: 'active', label: t('active') },
                { value: 'inactive', label: t('inactive') },
              ],
            },
          ]}
          values={{ q: filters.q, role: filters.role, state: filters.state }}
        />
        {users.length === 0 ? <p className="text-ink-soft">{t('noneFound')}</p> : null}
        <ul className="flex flex-col gap-4">
          {users.map((user) => (
            <li key={user.id} id={`user-${user.id}`} aria-label={user.email} className="rounded border border-line p-4">
              <h3 className="font-semibold">
                {user.name} <span className="font-normal text-ink-soft">{user.email}</span>
              </h3>
              <p className="mb-3 text-sm text-ink-soft">
                {tRoles(user.role)} · {user.isActive ? t('active') : t('inactive')}
                {user.mustChangePassword ? ` · ${t('mustChange')}` : ''} ·{' '}
                {user.lastSignInAt
                  ? t('lastSignIn', { date: format.dateTime(new Date(user.lastSignInAt), MOMENT_FORMAT) })
                  : t('neverSignedIn')}
              </p>
              {user.id === access.user.id ? <p className="text-sm">{t('yourself')}</p> : <UserRowForms user={user} />}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
