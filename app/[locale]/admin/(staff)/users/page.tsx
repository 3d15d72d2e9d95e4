import { getFormatter, getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { SavedNotice } from '@/components/admin/saved-notice';
import { CreateUserForm, UserRowForms } from '@/components/admin/users/user-forms';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { checkAccess } from '@/lib/auth/session';
import { listUsers } from '@/lib/users/queries';
import { MOMENT_FORMAT } from '@/lib/core/dates';

export async function generateMetadata() {
  const t = await getTranslations('Admin.users');
  return { title: t('title'), robots: { index: false } };
}

export default async function UsersPage({ searchParams }: PageProps<'/[locale]/admin/users'>) {
  const access = await checkAccess('users.manage');
  if (access.status !== 'allowed') return <Forbidden />;
  const [t, tRoles, format, users] = await Promise.all([
    getTranslations('Admin.users'),
    getTranslations('Admin.nav.roles'),
    getFormatter(),
    listUsers(),
  ]);
  const { saved } = await searchParams;
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
