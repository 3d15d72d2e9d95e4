import { getLocale } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { getCurrentUser } from '@/lib/auth/session';
import { redirect } from '@/lib/i18n/navigation';

/**
 * Every screen of the signed-in area checks the session here, and its own permission itself. A
 * session signed in with a temporary password opens none of them: it is sent to replace it
 * (app/[locale]/admin/(password)), and its actions and queries are refused too (issue 13).
 */
export default async function StaffLayout({ children }: LayoutProps<'/[locale]/admin'>) {
  const [user, locale] = await Promise.all([getCurrentUser(), getLocale()]);
  if (!user) redirect({ href: '/admin/sign-in', locale });
  if (user.mustChangePassword) redirect({ href: '/admin/account/password', locale });
  return (
    <div className="flex flex-col gap-6">
      <AdminNav user={user} />
      <div>{children}</div>
    </div>
  );
}
