import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AgreementEndText, AgreementStanding } from '@/components/agreements/agreement-standing';
import { HistoryPanel } from '@/components/admin/history-panel';
import {
  AddAgreementPartyForm,
  RecordAgreementNoticeForm,
  RemoveAgreementPartyForm,
  UpdateAgreementForm,
} from '@/components/admin/partnerships/agreement-forms';
import { SavedNotice } from '@/components/admin/saved-notice';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { noticeFactsOf, termRulesOf } from '@/lib/agreements/rules';
import { agreementEnd, standingOn } from '@/lib/agreements/standing';
import { getAgreementForEdit } from '@/lib/agreements/staff-queries';
import { getRecordHistory } from '@/lib/audit/queries';
import { can } from '@/lib/auth/permissions';
import { requireAccess } from '@/lib/auth/session';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import { IdField } from '@/lib/core/fields';
import { localField, localName } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';
import { listPartyOptions } from '@/lib/organisations/staff-queries';

export async function generateMetadata() {
  const t = await getTranslations('StaffPartnerships.agreements');
  return { title: t('title'), robots: { index: false } };
}

export default async function StaffAgreementPage({ params, searchParams }: PageProps<'/[locale]/admin/agreements/[id]'>) {
  const user = await requireAccess('registry.read');
  const id = IdField.safeParse((await params).id).data;
  if (!id) notFound();
  const [t, tKind, locale, agreement, history, parties, query] = await Promise.all([
    getTranslations('StaffPartnerships.agreements'),
    getTranslations('AgreementNoticeKind'),
    getLocale(),
    getAgreementForEdit(id),
    getRecordHistory('Agreement', id),
    listPartyOptions(),
    searchParams,
  ]);
  if (!agreement) notFound();
  const canEdit = can(user.role, 'registry.edit');
  const rules = termRulesOf(agreement);
  const notices = noticeFactsOf(agreement.notices);
  const today = isoDate(todayInKorea());
  return (
    <>
      <Breadcrumb items={[{ href: '/admin/agreements', label: t('title') }, { label: localField(agreement, 'title', locale) }]} />
      <PageHeader
        title={localField(agreement, 'title', locale)}
        lede={<Link href={`/agreements/${agreement.slug}`}>{t('publicPage')}</Link>}
      />
      <SavedNotice saved={query.saved} />
      <Section id="standing" title={t('standingTitle')}>
        <p>
          <AgreementStanding standing={standingOn(rules, notices, today)} />
        </p>
        <p className="mt-1 text-ink-soft">
          {t('ends')} <AgreementEndText end={agreementEnd(rules, notices)} />
        </p>
      </Section>
      <Section id="parties" title={t('partiesTitle')}>
        <ul className="flex flex-col gap-3">
          {agreement.parties.map((party) => (
            <li key={party.id} className="rounded border border-line p-3">
              <p className="font-semibold">{localName(party.organisation, locale)}</p>
              {localField(party, 'role', locale) ? <p className="text-sm text-ink-soft">{localField(party, 'role', locale)}</p> : null}
              {canEdit ? (
                <RemoveAgreementPartyForm
                  agreementId={agreement.id}
                  version={agreement.version}
                  partyId={party.id}
                  name={localName(party.organisation, locale)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="notices" title={t('noticesTitle')}>
        {agreement.notices.length === 0 ? (
          <p className="text-ink-soft">{t('noNotices')}</p>
        ) : (
          <ul className="list-disc pl-6">
            {agreement.notices.map((notice) => (
              <li key={notice.id}>
                {notice.givenOn} · {tKind(notice.kind)}
                {notice.lastDayInForce ? ` · ${notice.lastDayInForce}` : ''}
                {notice.by ? ` · ${localName(notice.by, locale)}` : ''}
              </li>
            ))}
          </ul>
        )}
      </Section>
      {canEdit ? (
        <>
          <Section id="record-notice" title={t('recordNoticeTitle')} description={t('recordNoticeHint')}>
            <RecordAgreementNoticeForm
              agreementId={agreement.id}
              version={agreement.version}
              parties={agreement.parties.map((party) => ({ id: party.id, name: localName(party.organisation, locale) }))}
            />
          </Section>
          <Section id="add-party" title={t('addPartyTitle')}>
            <AddAgreementPartyForm agreementId={agreement.id} version={agreement.version} parties={parties} />
          </Section>
          <Section id="edit" title={t('editTitle')}>
            <UpdateAgreementForm current={agreement} />
          </Section>
        </>
      ) : (
        <p className="rounded border border-line bg-surface p-3">{t('readOnly')}</p>
      )}
      <HistoryPanel entries={history} />
    </>
  );
}
