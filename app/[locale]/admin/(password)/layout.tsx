import { getLocale } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { PasswordBanner } from '@/components/admin/password-banner';
import { getCurrentUser } from '@/lib/auth/session';
import { redirect } from '@/lib/i18n/navigation';

/** One's own password: the one screen a session signed in with a temporary password may open (issue 13). */
export default async function PasswordLayout({ children }: LayoutProps<'/[locale]/admin'>) {
  const [user, locale] = await Promise.all([getCurrentUser(), getLocale()]);
  if (!user) redirect({ href: '/admin/sign-in', locale });
  return (
    <div className="flex flex-col gap-6">
      <AdminNav user={user} />
      {user.mustChangePassword ? <PasswordBanner /> : null}
      <div>{children}</div>
    </div>
  );
}
