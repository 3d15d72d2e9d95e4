import { getTranslations } from 'next-intl/server';
import { Dashboard } from '@/components/admin/dashboard';
import { SubsidyCard } from '@/components/subsidies/subsidy-card';
import { PageHeader } from '@/components/ui/page-header';
import { requireAccess } from '@/lib/auth/session';
import { getStaffDashboard } from '@/lib/registry/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('Admin.dashboard');
  return { title: t('title'), robots: { index: false } };
}

export default async function DashboardPage({ searchParams }: PageProps<'/[locale]/admin'>) {
  const user = await requireAccess('registry.read');
  const [t, dashboard, params] = await Promise.all([getTranslations('Admin.dashboard'), getStaffDashboard(), searchParams]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede', { name: user.name })} />
      {params.passwordChanged ? (
        <p role="status" className="mb-4 rounded border border-accent bg-green-50 p-3">
          {t('passwordChanged')}
        </p>
      ) : null}
      <Dashboard dashboard={dashboard} role={user.role} />
      <SubsidyCard />
    </>
  );
}
