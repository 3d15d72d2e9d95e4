import { getTranslations } from 'next-intl/server';
import { fromIsoDate } from '@/lib/core/dates';
import type { AgreementEnd, Standing } from '@/lib/agreements/standing';

/** An agreement's standing on a day, in words: in force (first term or by renewal N), expired, ended by notice … */
export async function AgreementStanding({ standing }: { standing: Standing }) {
  const t = await getTranslations('Agreements.standing');
  switch (standing.state) {
    case 'not_yet':
      return <>{t('notYet', { from: fromIsoDate(standing.firstDay) })}</>;
    case 'term_unknown':
      return <>{t('termUnknown')}</>;
    case 'in_force':
      return (
        <>
          {standing.renewal === 0
            ? t('inForceFirstTerm', { until: fromIsoDate(standing.term.lastDay) })
            : t('inForceByRenewal', { renewal: standing.renewal, until: fromIsoDate(standing.term.lastDay) })}
        </>
      );
    case 'expired':
      return <>{t('expired', { lastDay: fromIsoDate(standing.lastDay) })}</>;
    case 'terminated_by_notice':
      return <>{t('terminatedByNotice', { lastDay: fromIsoDate(standing.lastDay), givenOn: fromIsoDate(standing.givenOn) })}</>;
    case 'terminated':
      return <>{t('terminated', { lastDay: fromIsoDate(standing.lastDay) })}</>;
  }
}

/** How and when it ends, as far as the rules and the notices recorded say. */
export async function AgreementEndText({ end }: { end: AgreementEnd }) {
  const t = await getTranslations('Agreements.end');
  switch (end.kind) {
    case 'open':
      return <>{t('open')}</>;
    case 'unknown':
      return <>{t('unknown')}</>;
    case 'rules':
      return <>{t('rules', { lastDay: fromIsoDate(end.lastDay), renewal: end.renewal })}</>;
    case 'notice':
      return <>{t('notice', { lastDay: fromIsoDate(end.lastDay), givenOn: fromIsoDate(end.givenOn) })}</>;
    case 'termination':
      return <>{t('termination', { lastDay: fromIsoDate(end.lastDay), givenOn: fromIsoDate(end.givenOn) })}</>;
  }
}
