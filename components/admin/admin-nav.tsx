import { getLocale, getTranslations } from 'next-intl/server';
import { signOutAction } from '@/lib/account/actions';
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';

export async function AdminNav({ user }: { user: CurrentUser }) {
  const [t, tSubsidies, tPartnerships, locale] = await Promise.all([
    getTranslations('Admin.nav'),
    getTranslations('Subsidies.nav'),
    getTranslations('StaffPartnerships.nav'),
    getLocale(),
  ]);
  const items = [
    { href: '/admin', label: t('dashboard'), isShown: true },
    { href: '/admin/local-governments', label: t('localGovernments'), isShown: true },
    { href: '/admin/designations', label: t('designations'), isShown: true },
    { href: '/admin/evaluations', label: t('evaluations'), isShown: true },
    { href: '/admin/memberships', label: t('memberships'), isShown: true },
    { href: '/admin/offices', label: t('offices'), isShown: true },
    { href: '/admin/networks', label: tPartnerships('networks'), isShown: true },
    { href: '/admin/agreements', label: tPartnerships('agreements'), isShown: true },
    { href: '/admin/officers', label: tPartnerships('officers'), isShown: true },
    { href: '/admin/organisations', label: tPartnerships('organisations'), isShown: true },
    { href: '/admin/subsidies', label: tSubsidies('subsidies'), isShown: can(user.role, 'subsidies.read') },
    { href: '/admin/programmes', label: tSubsidies('programmes'), isShown: can(user.role, 'subsidies.read') },
    { href: '/admin/allocations', label: tSubsidies('allocations'), isShown: can(user.role, 'subsidies.read') },
    { href: '/admin/users', label: t('users'), isShown: can(user.role, 'users.manage') },
    { href: '/admin/audit', label: t('audit'), isShown: can(user.role, 'audit.read') },
    { href: '/admin/security-log', label: t('securityLog'), isShown: can(user.role, 'audit.read') },
  ];
  return (
    <div className="rounded border border-line bg-surface p-3">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
        <p>
          {t('signedInAs', { email: user.email })}{' '}
          <span className="ml-1 rounded bg-primary-900 px-2 py-0.5 text-xs font-semibold text-white">{t(`roles.${user.role}`)}</span>
        </p>
        <div className="flex items-center gap-3">
          <Link href="/admin/account/password">{t('password')}</Link>
          <form action={signOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="rounded border border-ink-soft px-2 py-1 hover:bg-white">
              {t('signOut')}
            </button>
          </form>
        </div>
      </div>
      <nav aria-label={t('label')}>
        <ul className="flex flex-wrap gap-1">
          {items
            .filter((item) => item.isShown)
            .map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block rounded px-3 py-1.5 font-medium no-underline hover:bg-white">
                  {item.label}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
    </div>
  );
}
