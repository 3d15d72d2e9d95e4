import { getLocale } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { PasswordBanner } from '@/components/admin/password-banner';
import { getCurrentUser } from '@/lib/auth/session';
import { redirect } from '@/lib/i18n/navigation';

/** Every screen of the signed-in area checks the session here, and its own permission itself. */
export default async function StaffLayout({ children }: LayoutProps<'/[locale]/admin'>) {
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
