// An agreement's stored term (columns of Agreement, AgreementNotice) as the rules and notices the
// standing function reads. Pure; client-safe.
import type { NoticeFact, TermRules } from './standing';

export type StoredTerm = {
  signedOn: string;
  initialTermMonths: number | null;
  initialTermUntil: string | null;
  renewalMonths: number | null;
  maxRenewals: number | null;
  noticeMonths: number | null;
};

export type StoredNotice = { kind: 'non_renewal' | 'termination'; givenOn: string; lastDayInForce: string | null };

export function termRulesOf(term: StoredTerm): TermRules {
  return {
    signedOn: term.signedOn,
    initialTerm:
      term.initialTermMonths !== null
        ? { months: term.initialTermMonths }
        : term.initialTermUntil !== null
          ? { until: term.initialTermUntil }
          : null,
    renewal: term.renewalMonths !== null ? { months: term.renewalMonths, maxRenewals: term.maxRenewals } : null,
    noticeMonths: term.noticeMonths,
  };
}

export function noticeFactsOf(notices: readonly StoredNotice[]): NoticeFact[] {
  return notices.map((notice) =>
    notice.kind === 'termination' && notice.lastDayInForce
      ? { kind: 'termination', givenOn: notice.givenOn, lastDayInForce: notice.lastDayInForce }
      : { kind: 'non_renewal', givenOn: notice.givenOn },
  );
}
