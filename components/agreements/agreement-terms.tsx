import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable, td, th } from '@/components/ui/table';
import type { AgreementDetail } from '@/lib/agreements/queries';
import type { Term } from '@/lib/agreements/standing';
import { fromIsoDate } from '@/lib/core/dates';
import { localField } from '@/lib/core/names';
import { PartialDate } from '@/components/partnerships/partial-date';

/** The term as rules, in the agreement's words, and as the dated terms the rules give. */
export async function AgreementTerms({ agreement, terms }: { agreement: AgreementDetail; terms: Term[] }) {
  const [t, locale] = await Promise.all([getTranslations('Agreements'), getLocale()]);
  const rules: string[] = [];
  if (agreement.initialTermMonths !== null) rules.push(t('rule.initialMonths', { months: agreement.initialTermMonths }));
  if (agreement.renewalMonths !== null) {
    rules.push(
      agreement.maxRenewals !== null
        ? t('rule.renewalLimited', { months: agreement.renewalMonths, times: agreement.maxRenewals })
        : t('rule.renewalOpen', { months: agreement.renewalMonths }),
    );
    rules.push(
      agreement.noticeMonths !== null
        ? t('rule.noticeMonths', { months: agreement.noticeMonths, written: String(agreement.isNoticeWritten) })
        : t('rule.noticeAnyTime'),
    );
  }
  const termText = localField(agreement, 'termText', locale);
  return (
    <>
      {agreement.initialTermMonths === null && agreement.initialTermUntil === null ? (
        <p className="mb-4">{t('rule.unknown')}</p>
      ) : (
        <ul className="mb-4 list-disc pl-6">
          {agreement.initialTermUntil !== null ? (
            <li>
              {t('rule.initialUntil')} <PartialDate value={agreement.initialTermUntil} />
            </li>
          ) : null}
          {rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      )}
      {termText ? <blockquote className="mb-4 border-l-4 border-line pl-3 text-ink-soft">{termText}</blockquote> : null}
      {terms.length > 0 ? (
        <>
          <DataTable caption={t('termsCaption')}>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t('termColumn')}
                </th>
                <th scope="col" className={th}>
                  {t('firstDay')}
                </th>
                <th scope="col" className={th}>
                  {t('lastDay')}
                </th>
                <th scope="col" className={th}>
                  {t('noticeDeadline')}
                </th>
              </tr>
            </thead>
            <tbody>
              {terms.map((term) => (
                <tr key={term.renewal}>
                  <th scope="row" className={`${td} font-medium`}>
                    {term.renewal === 0 ? t('firstTerm') : t('renewalN', { renewal: term.renewal })}
                  </th>
                  {[term.firstDay, term.lastDay, term.noticeDeadline].map((day, index) => (
                    <td key={index} className={`${td} whitespace-nowrap`}>
                      <time dateTime={day}>{t('dayLong', { day: fromIsoDate(day) })}</time>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </DataTable>
          <p className="mt-2 text-sm text-ink-soft">{t('termsInference')}</p>
        </>
      ) : null}
    </>
  );
}
