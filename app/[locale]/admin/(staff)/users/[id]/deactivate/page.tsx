import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Forbidden } from '@/components/admin/forbidden';
import { DeactivateUserForm } from '@/components/admin/users/user-forms';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { checkAccess } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { getUserRow } from '@/lib/users/queries';

export async function generateMetadata() {
  const t = await getTranslations('Admin.users');
  return { title: t('confirmTitle'), robots: { index: false } };
}

/** Deactivating a user asks first, on a page of its own that works without JavaScript (issue 14). */
export default async function DeactivateUserPage({ params }: PageProps<'/[locale]/admin/users/[id]/deactivate'>) {
  const access = await checkAccess('users.manage');
  if (access.status !== 'allowed') return <Forbidden />;
  const [t, { id }] = await Promise.all([getTranslations('Admin.users'), params]);
  const user = await getUserRow(id);
  if (!user) notFound();
  return (
    <>
      <Breadcrumb items={[{ href: '/admin/users', label: t('title') }, { label: t('confirmTitle') }]} />
      <PageHeader title={t('confirmTitle')} lede={t('confirmLede', { name: user.name, email: user.email })} />
      {user.id === access.user.id ? (
        <p>{t('yourself')}</p>
      ) : !user.isActive ? (
        <p>
          {t('alreadyInactive')} <Link href="/admin/users">{t('cancelDeactivate')}</Link>
        </p>
      ) : (
        <div className="flex max-w-xl flex-col gap-4">
          <p>{t('confirmConsequences')}</p>
          <DeactivateUserForm user={user} />
        </div>
      )}
    </>
  );
}
