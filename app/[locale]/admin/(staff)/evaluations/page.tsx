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
import { dueGroups, type DueGroup } from '@/lib/designations/due-groups';
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
  const groups = dueGroups(list);
  const title = (group: DueGroup) =>
    group.kind === 'thisYear'
      ? t('sections.thisYear', { year: group.year })
      : group.kind === 'nextYear'
        ? t('sections.nextYear', { year: group.year })
        : group.kind === 'later'
          ? t('sections.later', { year: group.year })
          : group.kind === 'overdue'
            ? t('sections.overdueYear', { year: group.year })
            : t('sections.noCohort');
  const hint = (group: DueGroup) =>
    group.kind === 'overdue' ? t('sectionHints.overdue') : group.kind === 'noCohort' ? t('sectionHints.noCohort') : undefined;
  return (
    <>
      <PageHeader title={t('title')} lede={t('lede')}>
        {can(user.role, 'registry.edit') ? <Link href="/admin/evaluations/import">{t('importLink')}</Link> : null}
      </PageHeader>
      <SavedNotice saved={query.saved} />
      {/* This year first (issue 14), with a way to each group and its size. */}
      <nav aria-label={t('groupsLabel')} className="mb-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {groups.map((group) => (
            <li key={group.id}>
              <a href={`#${group.id}`}>
                {title(group)} ({t('count', { count: group.entries.length })})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <DueSection key={group.id} id={group.id} title={title(group)} hint={hint(group)} entries={group.entries} />
      ))}
      <AgreementDeadlines deadlines={agreementDeadlines} />
      <CalendarLink hasToken={hasToken} />
    </>
  );
}
