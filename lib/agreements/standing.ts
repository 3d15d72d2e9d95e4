// An agreement's standing on any day, from its term as rules and the notices recorded, never
// stored (issue 15). Terms are counted as the Civil Code counts periods, which applies to a
// juristic act unless it says otherwise (민법 제155조):
//   - a term counted from signing does not count the day of signing, which does not begin at
//     midnight (제157조), so "one year from signing" on 2025-02-25 runs to the end of 2026-02-25;
//   - a period of months or years ends the day before the day of the final month that
//     corresponds to its first counted day (제160조②), or on that month's last day when it has
//     no such day (제160조③): a year from 2024-02-29 ends on 2025-02-28;
//   - a renewal begins at the midnight after the previous term ends, so its first day counts
//     (제157조 단서);
//   - "until 2025-12" (유효 기간은 2025년 12월까지) runs to the end of 2025-12-31.
// A notice must reach the other parties N months before a term ends ("협약만료 1개월 전까지"):
// the last day it is in time is the day before the moment N months before the term's end (a
// term ending 2025-12-31 takes notice until 2025-11-30). With no notice period, a notice is in
// time until the term's last day. A notice given too late for one term ends the agreement at the
// end of the next (an inference: the party's wish not to continue stands). All days are ISO
// calendar days in Korea. Pure; tested in standing.test.ts.
import { firstDayOf, lastDayOf, precisionOf, type PartialDate } from '@/lib/core/partial-date';

export type TermRules = {
  /** The day of signing, or only its month or year when that is all a source gives. */
  signedOn: PartialDate;
  /** The first term: months from signing, or until a day, month or year (inclusive); null when no source gives it. */
  initialTerm: { months: number } | { until: PartialDate } | null;
  /** Automatic renewal, `months` at a time, at most `maxRenewals` times (null: without limit); null: no renewal. */
  renewal: { months: number; maxRenewals: number | null } | null;
  /** Notice must be given at least this many months before a term ends; null: until its last day. */
  noticeMonths: number | null;
};

export type NoticeFact =
  | { kind: 'non_renewal'; givenOn: string }
  /** Ended by the parties (or one, as the agreement allows) with a last day in force. */
  | { kind: 'termination'; givenOn: string; lastDayInForce: string };

/** A term: the first (renewal 0) or the Nth renewal, with its days and the last day notice is in time. */
export type Term = { renewal: number; firstDay: string; lastDay: string; noticeDeadline: string };

export type AgreementEnd =
  /** Renewed without limit, and no notice given. */
  | { kind: 'open' }
  /** No source gives the term (or the day of signing it is counted from). */
  | { kind: 'unknown' }
  /** The last term the rules allow. */
  | { kind: 'rules'; lastDay: string; renewal: number }
  /** A notice not to renew ends it with the term it was in time for. */
  | { kind: 'notice'; lastDay: string; renewal: number; givenOn: string }
  | { kind: 'termination'; lastDay: string; givenOn: string };

export type Standing =
  | { state: 'not_yet'; firstDay: string }
  /** Signed, but its term is not known: whether it still holds cannot be said. */
  | { state: 'term_unknown' }
  /** In force in its first term (renewal 0) or by renewal N; `end` says how it will end. */
  | { state: 'in_force'; renewal: number; term: Term; end: AgreementEnd }
  | { state: 'expired'; lastDay: string }
  | { state: 'terminated_by_notice'; lastDay: string; givenOn: string }
  | { state: 'terminated'; lastDay: string; givenOn: string };

const DAY = 86_400_000;
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return toIso(new Date(toDate(iso).getTime() + days * DAY));
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** The day `months` months from `iso` (negative: before); null when that month has no such day. */
function correspondingDay(iso: string, months: number): { day: string | null; monthEnd: string } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const length = daysInMonth(targetYear, targetMonth);
  const monthEnd = toIso(new Date(Date.UTC(targetYear, targetMonth, length)));
  return { day: day <= length ? toIso(new Date(Date.UTC(targetYear, targetMonth, day))) : null, monthEnd };
}

/** The last day of a period of `months` whose first counted day is `start` (민법 제160조②③). */
export function periodLastDay(start: string, months: number): string {
  const { day, monthEnd } = correspondingDay(start, months);
  return day ? addDays(day, -1) : monthEnd;
}

/** The last day a notice `months` before a term ending on `lastDay` is in time; the term's last day when no period is set. */
export function noticeDeadline(lastDay: string, months: number | null): string {
  if (months === null) return lastDay;
  // The term ends at the midnight after its last day; N months before that moment is the
  // midnight starting the corresponding day (the next month's first, when the month is shorter).
  const { day, monthEnd } = correspondingDay(addDays(lastDay, 1), -months);
  return day ? addDays(day, -1) : monthEnd;
}

/** Whether the rules give terms that can be counted: a known first term and a day of signing. */
export function hasCountableTerm(rules: TermRules): boolean {
  return rules.initialTerm !== null && precisionOf(rules.signedOn) === 'day';
}

function firstTerm(rules: TermRules): Term {
  const signedOn = rules.signedOn;
  const initial = rules.initialTerm!;
  const lastDay = 'months' in initial ? periodLastDay(addDays(signedOn, 1), initial.months) : lastDayOf(initial.until);
  return { renewal: 0, firstDay: signedOn, lastDay, noticeDeadline: noticeDeadline(lastDay, rules.noticeMonths) };
}

function nextTerm(rules: TermRules, previous: Term): Term | null {
  const renewal = rules.renewal;
  if (!renewal || (renewal.maxRenewals !== null && previous.renewal >= renewal.maxRenewals)) return null;
  const firstDay = addDays(previous.lastDay, 1);
  const lastDay = periodLastDay(firstDay, renewal.months);
  return { renewal: previous.renewal + 1, firstDay, lastDay, noticeDeadline: noticeDeadline(lastDay, rules.noticeMonths) };
}

/** The terms the rules allow, in order, as far as the term that contains `until` (all of them when they are finite). */
export function termsUntil(rules: TermRules, until: string): Term[] {
  if (!hasCountableTerm(rules)) return [];
  const terms = [firstTerm(rules)];
  for (;;) {
    const last = terms.at(-1)!;
    if (last.lastDay >= until && (rules.renewal?.maxRenewals ?? null) === null) return terms;
    const next = nextTerm(rules, last);
    if (!next) return terms;
    terms.push(next);
  }
}

/** The latest day the rules allow it to last, whatever notice is given; null when renewals have no limit or the term is unknown. */
export function latestPossibleEnd(rules: TermRules): string | null {
  if (!hasCountableTerm(rules)) return null;
  if (rules.renewal && rules.renewal.maxRenewals === null) return null;
  return termsUntil(rules, rules.signedOn).at(-1)!.lastDay;
}

/** How and when the agreement ends, given its rules and the notices recorded: the earliest end wins. */
export function agreementEnd(rules: TermRules, notices: readonly NoticeFact[]): AgreementEnd {
  const termination = notices
    .filter((notice): notice is Extract<NoticeFact, { kind: 'termination' }> => notice.kind === 'termination')
    .sort((a, b) => a.lastDayInForce.localeCompare(b.lastDayInForce))[0];
  const ends: AgreementEnd[] = termination
    ? [{ kind: 'termination', lastDay: termination.lastDayInForce, givenOn: termination.givenOn }]
    : [];
  if (!hasCountableTerm(rules)) return ends[0] ?? { kind: 'unknown' };

  const latest = latestPossibleEnd(rules);
  if (latest) ends.push({ kind: 'rules', lastDay: latest, renewal: termsUntil(rules, latest).at(-1)!.renewal });
  for (const notice of notices) {
    if (notice.kind !== 'non_renewal') continue;
    // The term it was in time for: the first whose deadline it met (searching a year past the notice is enough).
    const horizon = addDays(notice.givenOn, 366 * ((rules.renewal?.months ?? 12) / 12 + 1));
    const term = termsUntil(rules, horizon).find((candidate) => candidate.noticeDeadline >= notice.givenOn);
    if (term) ends.push({ kind: 'notice', lastDay: term.lastDay, renewal: term.renewal, givenOn: notice.givenOn });
  }
  if (ends.length === 0) return { kind: 'open' };
  return ends.sort((a, b) => ('lastDay' in a ? a.lastDay : '').localeCompare('lastDay' in b ? b.lastDay : ''))[0]!;
}

/** The agreement's standing on `day` (YYYY-MM-DD). */
export function standingOn(rules: TermRules, notices: readonly NoticeFact[], day: string): Standing {
  const end = agreementEnd(rules, notices);
  if (day < firstDayOf(rules.signedOn)) return { state: 'not_yet', firstDay: firstDayOf(rules.signedOn) };
  if (end.kind === 'termination' && day > end.lastDay) return { state: 'terminated', lastDay: end.lastDay, givenOn: end.givenOn };
  if (!hasCountableTerm(rules)) return { state: 'term_unknown' };
  if ('lastDay' in end && day > end.lastDay) {
    if (end.kind === 'notice') return { state: 'terminated_by_notice', lastDay: end.lastDay, givenOn: end.givenOn };
    return { state: 'expired', lastDay: end.lastDay };
  }
  const term = termsUntil(rules, day).find((candidate) => candidate.firstDay <= day && day <= candidate.lastDay)!;
  return { state: 'in_force', renewal: term.renewal, term, end };
}

export type Deadline = { kind: 'notice_deadline' | 'renewal' | 'end'; on: string; renewal: number };

/** What falls due between `from` and `to` (inclusive): the last day a notice is in time, a renewal, the end. */
export function deadlinesBetween(rules: TermRules, notices: readonly NoticeFact[], from: string, to: string): Deadline[] {
  const end = agreementEnd(rules, notices);
  if (end.kind === 'unknown') return [];
  if (end.kind === 'termination') return from <= end.lastDay && end.lastDay <= to ? [{ kind: 'end', on: end.lastDay, renewal: 0 }] : [];
  const deadlines: Deadline[] = [];
  const hasNotice = end.kind === 'notice';
  for (const term of termsUntil(rules, to)) {
    if (term.firstDay > to) break;
    const isFinal = 'lastDay' in end && term.lastDay >= end.lastDay;
    if (!isFinal && !hasNotice && from <= term.noticeDeadline && term.noticeDeadline <= to) {
      deadlines.push({ kind: 'notice_deadline', on: term.noticeDeadline, renewal: term.renewal });
    }
    if (from <= term.lastDay && term.lastDay <= to) {
      deadlines.push(
        isFinal
          ? { kind: 'end', on: term.lastDay, renewal: term.renewal }
          : { kind: 'renewal', on: addDays(term.lastDay, 1), renewal: term.renewal + 1 },
      );
    }
    if (isFinal) break;
  }
  return deadlines;
}
