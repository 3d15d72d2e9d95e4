import { getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import { DEADLINE_WINDOW_DAYS, type AgreementDeadline } from '@/lib/agreements/deadlines';
import { fromIsoDate } from '@/lib/core/dates';
import { localField } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';

/** The due list's part for agreements: the last days for notice, renewals and ends within 60 days. */
export async function AgreementDeadlines({ deadlines }: { deadlines: AgreementDeadline[] }) {
  const [t, locale] = await Promise.all([getTranslations('StaffPartnerships.deadlines'), getLocale()]);
  return (
    <Section
      id="agreement-deadlines"
      title={
        <>
          {t('title', { days: DEADLINE_WINDOW_DAYS })}{' '}
          <span className="text-base font-normal text-ink-soft">({t('count', { count: deadlines.length })})</span>
        </>
      }
      description={t('hint')}
    >
      {deadlines.length === 0 ? (
        <p className="text-ink-soft">{t('empty')}</p>
      ) : (
        <DataTable caption={t('caption', { days: DEADLINE_WINDOW_DAYS })}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t('on')}
              </th>
              <th scope="col" className={th}>
                {t('agreement')}
              </th>
              <th scope="col" className={th}>
                {t('what')}
              </th>
            </tr>
          </thead>
          <tbody>
            {deadlines.map((deadline) => (
              <tr key={`${deadline.slug}-${deadline.kind}-${deadline.on}`}>
                <td className={`${td} whitespace-nowrap`}>
                  <time dateTime={deadline.on}>{t('day', { day: fromIsoDate(deadline.on) })}</time>
                </td>
                <th scope="row" className={`${td} font-medium`}>
                  <Link href={`/admin/agreements/${deadline.id}`}>{localField(deadline, 'title', locale)}</Link>
                </th>
                <td className={td}>{t(`kinds.${deadline.kind}`, { renewal: deadline.renewal })}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </Section>
  );
}
