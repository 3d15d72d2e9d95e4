import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';
import { Link } from '@/lib/i18n/navigation';
import type { StaffDashboard } from '@/lib/registry/staff-queries';

export async function Dashboard({ dashboard, role }: { dashboard: StaffDashboard; role: Role }) {
  const t = await getTranslations('Admin.dashboard');
  const canEdit = can(role, 'registry.edit');
  const cards = [
    {
      href: '/admin/local-governments',
      label: t('localGovernments'),
      count: dashboard.localGovernments,
      newHref: '/admin/local-governments/new',
    },
    { href: '/admin/designations', label: t('designations'), count: dashboard.designations, newHref: '/admin/designations/new' },
    { href: '/admin/memberships', label: t('members'), count: dashboard.members, newHref: '/admin/memberships/new' },
    { href: '/admin/offices', label: t('offices'), count: dashboard.offices, newHref: null },
  ];
  return (
    <>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map((card) => (
          <li key={card.href} className="flex flex-col gap-2 rounded border border-line p-4">
            <Link href={card.href} className="font-semibold">
              {card.label}
            </Link>
            <p className="text-3xl font-bold text-primary-900 tabular">{card.count}</p>
            {canEdit && card.newHref ? <Link href={card.newHref}>{t('add')}</Link> : null}
          </li>
        ))}
      </ul>
      {!canEdit ? <p className="mt-4 rounded border border-line bg-surface p-3">{t('readOnly')}</p> : null}
    </>
  );
}
