import { getLocale, getTranslations } from 'next-intl/server';
import { OrganisationName } from '@/components/partnerships/organisation-name';
import { PartialDate } from '@/components/partnerships/partial-date';
import { SourceNote } from '@/components/partnerships/source-note';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import type { AgreementDetail } from '@/lib/agreements/queries';
import { noticeFactsOf, termRulesOf } from '@/lib/agreements/rules';
import { agreementEnd, latestPossibleEnd, standingOn, termsUntil } from '@/lib/agreements/standing';
import { fromIsoDate } from '@/lib/core/dates';
import { localField } from '@/lib/core/names';
import { AgreementEndText, AgreementStanding } from './agreement-standing';
import { AgreementTerms } from './agreement-terms';

/** One agreement: its standing and end, parties and roles, term as rules and as dated terms, notices, text. */
export async function AgreementDetailView({ agreement }: { agreement: AgreementDetail }) {
  const [t, tTopic, tNotice, locale] = await Promise.all([
    getTranslations('Agreements'),
    getTranslations('AgreementTopic'),
    getTranslations('AgreementNoticeKind'),
    getLocale(),
  ]);
  const rules = termRulesOf(agreement);
  const notices = noticeFactsOf(agreement.notices);
  const standing = standingOn(rules, notices, agreement.today);
  const end = agreementEnd(rules, notices);
  const latest = latestPossibleEnd(rules);
  const row = (label: string, value: React.ReactNode) => (
    <div className="grid gap-1 border-b border-line py-3 sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold text-ink-soft">{label}</dt>
      <dd className="sm:col-span-2">{value}</dd>
    </div>
  );
  const place = localField(agreement, 'place', locale);
  return (
    <>
      <Section id="facts" title={t('factsTitle')}>
        <p className="mb-4 inline-block rounded bg-primary-50 px-3 py-1 font-semibold text-primary-900" data-testid="agreement-standing">
          {t('standingOn', { day: fromIsoDate(agreement.today) })} <AgreementStanding standing={standing} />
        </p>
        <dl className="border-t border-line">
          {row(
            t('endsColumn'),
            <span data-testid="agreement-end">
              <AgreementEndText end={end} />
            </span>,
          )}
          {row(
            t('latestEnd'),
            latest ? (
              <time dateTime={latest}>{t('dayLong', { day: fromIsoDate(latest) })}</time>
            ) : (
              t(rules.renewal && rules.initialTerm ? 'noLatestEnd' : 'latestEndUnknown')
            ),
          )}
          {row(t('signedOn'), <PartialDate value={agreement.signedOn} />)}
          {place ? row(t('place'), place) : null}
          {row(t('purpose'), localField(agreement, 'purpose', locale))}
          {row(t('topics'), agreement.topics.map((topic) => tTopic(topic)).join(', '))}
          {row(t('source'), <SourceNote source={agreement.source} note={agreement.note} />)}
        </dl>
      </Section>
      <Section id="parties" title={t('partiesTitle')}>
        <DataTable caption={t('partiesCaption')}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t('party')}
              </th>
              <th scope="col" className={th}>
                {t('role')}
              </th>
              <th scope="col" className={th}>
                {t('signatory')}
              </th>
            </tr>
          </thead>
          <tbody>
            {agreement.parties.map((party) => (
              <tr key={party.organisation.slug}>
                <th scope="row" className={`${td} font-medium`}>
                  <OrganisationName organisation={party.organisation} />
                </th>
                <td className={td}>{localField(party, 'role', locale) ?? <span className="text-ink-soft">{t('roleNotGiven')}</span>}</td>
                <td className={td}>{localField(party, 'signatory', locale) ?? <span className="text-ink-soft">–</span>}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </Section>
      <Section id="term" title={t('termTitle')} description={t('termHint')}>
        <AgreementTerms agreement={agreement} terms={rules.initialTerm ? termsUntil(rules, latest ?? agreement.today) : []} />
      </Section>
      <Section id="notices" title={t('noticesTitle')}>
        {agreement.notices.length === 0 ? (
          <p className="text-ink-soft">{t('noNotices')}</p>
        ) : (
          <DataTable caption={t('noticesCaption')}>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t('noticeGivenOn')}
                </th>
                <th scope="col" className={th}>
                  {t('noticeKind')}
                </th>
                <th scope="col" className={th}>
                  {t('noticeBy')}
                </th>
                <th scope="col" className={th}>
                  {t('source')}
                </th>
              </tr>
            </thead>
            <tbody>
              {agreement.notices.map((notice, index) => (
                <tr key={`${notice.givenOn}-${index}`}>
                  <th scope="row" className={`${td} font-medium whitespace-nowrap`}>
                    <time dateTime={notice.givenOn}>{t('dayLong', { day: fromIsoDate(notice.givenOn) })}</time>
                  </th>
                  <td className={td}>
                    {tNotice(notice.kind)}
                    {notice.lastDayInForce ? (
                      <span className="block text-sm">{t('lastDayInForce', { day: fromIsoDate(notice.lastDayInForce) })}</span>
                    ) : null}
                  </td>
                  <td className={td}>
                    {notice.by ? <OrganisationName organisation={notice.by} /> : <span className="text-ink-soft">–</span>}
                  </td>
                  <td className={td}>
                    <SourceNote source={notice.source} note={notice.note} />
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Section>
      <Section id="documents" title={t('documentsTitle')}>
        {agreement.documents.length === 0 ? (
          <p className="text-ink-soft">{t('noDocuments')}</p>
        ) : (
          agreement.documents.map((document) => (
            <article key={document.titleEn} className="mb-6 rounded border border-line p-4">
              <h3 className="mb-2 font-semibold">{localField(document, 'title', locale)}</h3>
              <div lang={document.language} className="text-sm leading-relaxed break-keep whitespace-pre-wrap">
                {document.text}
              </div>
              <div className="mt-3">
                <SourceNote source={document.source} />
              </div>
            </article>
          ))
        )}
      </Section>
    </>
  );
}
