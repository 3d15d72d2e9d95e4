import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { DesignationStanding } from '@/components/admin/designations/designation-standing';
import { UpdateDesignationForm } from '@/components/admin/designations/designation-forms';
import { EvaluationList } from '@/components/admin/designations/evaluation-list';
import { RecordEvaluationForm, SetCohortForm } from '@/components/admin/designations/evaluation-forms';
import { HistoryPanel } from '@/components/admin/history-panel';
import { SavedNotice } from '@/components/admin/saved-notice';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { getRecordHistory } from '@/lib/audit/queries';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { getDesignationForEdit, listAnnouncementOptions } from '@/lib/designations/staff-queries';
import { Link } from '@/lib/i18n/navigation';
import { IdField } from '@/lib/core/fields';
import { qualifiedName } from '@/lib/core/names';

export async function generateMetadata() {
  const t = await getTranslations('Admin.designations');
  return { title: t('title'), robots: { index: false } };
}

export default async function DesignationPage({ params, searchParams }: PageProps<'/[locale]/admin/designations/[id]'>) {
  const user = await requireAccess('registry.read');
  const id = IdField.safeParse((await params).id).data;
  if (!id) notFound();
  const [t, tEvaluations, locale, designation, announcements, history, query] = await Promise.all([
    getTranslations('Admin.designations'),
    getTranslations('Admin.evaluations'),
    getLocale(),
    getDesignationForEdit(id),
    listAnnouncementOptions(),
    getRecordHistory('Designation', id),
    searchParams,
  ]);
  if (!designation) notFound();
  const lg = designation.localGovernment;
  const name = qualifiedName(lg, lg.region, locale);
  const canEdit = can(user.role, 'registry.edit');
  return (
    <>
      <Breadcrumb items={[{ href: '/admin/designations', label: t('title') }, { label: name }]} />
      <PageHeader title={t('recordTitle', { city: name })}>
        <p className="flex flex-wrap gap-4">
          <Link href={`/admin/local-governments/${lg.id}`}>{t('toLocalGovernment')}</Link>
          <Link href={`/cities/${lg.slug}`}>{t('toPublicPage')}</Link>
          <Link href={`/regions/${lg.region.slug}`}>{t('toRegionPage')}</Link>
        </p>
      </PageHeader>
      <SavedNotice saved={query.saved} />
      <DesignationStanding designation={designation} />
      {!canEdit ? <p className="mt-6 rounded border border-line bg-surface p-3">{t('readOnly')}</p> : null}
      {canEdit && !designation.hasEnded ? (
        <Section id="record-evaluation" title={tEvaluations('record')}>
          <RecordEvaluationForm
            designationId={designation.id}
            version={designation.version}
            suggestedDueYear={designation.suggestedDueYear}
            announcements={announcements}
          />
        </Section>
      ) : null}
      <EvaluationList designation={designation} announcements={announcements} canEdit={canEdit} />
      {canEdit && (designation.needsCohort || designation.evaluationCohortYear !== null) ? (
        <Section id="cohort" title={tEvaluations('cohortTitle')}>
          <SetCohortForm designationId={designation.id} version={designation.version} cohortYear={designation.evaluationCohortYear} />
        </Section>
      ) : null}
      {canEdit ? (
        <Section id="edit" title={t('editTitle')}>
          <UpdateDesignationForm announcements={announcements} current={designation} />
        </Section>
      ) : null}
      {canEdit && !designation.hasEnded ? (
        <Section id="retire" title={t('retireTitle')} description={t('retireLede')}>
          <p>
            <Link href={`/admin/designations/${designation.id}/end`}>{t('retireEllipsis')}</Link>
          </p>
        </Section>
      ) : null}
      <HistoryPanel entries={history} />
    </>
  );
}
