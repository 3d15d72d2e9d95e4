import { getTranslations } from 'next-intl/server';
import { AgreementDeadlines } from '@/components/admin/partnerships/agreement-deadlines';
import { CalendarLink } from '@/components/admin/evaluations/calendar-link';
import { DueSection } from '@/components/admin/evaluations/due-section';
import { SavedNotice } from '@/components/admin/saved-notice';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { hasCalendarToken } from '@/lib/calendar/queries';
import { getAgreementDeadlines } from '@/lib/agreements/staff-queries';
import { getEvaluationDueList } from '@/lib/designations/staff-queries';
import { Link } from '@/lib/i18n/navigation';

export async function generateMetadata() {
  const t = await getTranslations('Admin.evaluations');
  return { title: t('title'), robots: { index: false } };
}

export default async function EvaluationsPage({ searchParams }: PageProps<'/[locale]/admin/evaluations'>) {
  const user = await requireAccess('registry.read');
  const [t, list, hasToken, query, agreementDeadlines] = await Promise.all([
    getTranslations('Admin.evaluations'),
    getEvaluationDueList(),
    hasCalendarToken(user.id),
    searchParams,
    getAgreementDeadlines(),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')}>
        {can(user.role, 'registry.edit') ? <Link href="/admin/evaluations/import">{t('importLink')}</Link> : null}
      </PageHeader>
      <SavedNotice saved={query.saved} />
      <DueSection id="overdue" title={t('sections.overdue')} hint={t('sectionHints.overdue')} entries={list.overdue} />
      <DueSection id="this-year" title={t('sections.thisYear', { year: list.year })} entries={list.thisYear} />
      <DueSection id="next-year" title={t('sections.nextYear', { year: list.year + 1 })} entries={list.nextYear} />
      <DueSection id="later" title={t('sections.later', { year: list.year + 2 })} entries={list.later} />
      <DueSection id="no-cohort" title={t('sections.noCohort')} hint={t('sectionHints.noCohort')} entries={list.noCohort} />
      <AgreementDeadlines deadlines={agreementDeadlines} />
      <CalendarLink hasToken={hasToken} />
    </>
  );
}
