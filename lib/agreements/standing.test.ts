import { describe, expect, it } from 'vitest';
import {
  agreementEnd,
  deadlinesBetween,
  latestPossibleEnd,
  noticeDeadline,
  periodLastDay,
  standingOn,
  type NoticeFact,
  type TermRules,
} from './standing';

// The two agreements of Seoul's report of 2025-03-04 (seed 003):
// 서울시–김포시, 2025-02-25, 제4조: "본 협약의 기간은 체결일로부터 1년으로 하며, 어느 일방으로부터
// 협약기간에 관한 통보가 없으면 매년 자동으로 효력이 연장된다."
const SEOUL_GIMPO: TermRules = {
  signedOn: '2025-02-25',
  initialTerm: { months: 12 },
  renewal: { months: 12, maxRenewals: null },
  noticeMonths: null,
};
// 서울시–서울지방고용노동청–한국청소년쉼터협의회, 2025-02-06, 제4조: "① … 유효 기간은 2025년 12월까지로
// 한다. ② … 협약만료 1개월 전까지 협약 당사자 일방이 서면으로 해지 의사 표시를 하지 않는 이상 1년씩
// 최대 3년 자동 연장된다."
const YOUTH_SHELTERS: TermRules = {
  signedOn: '2025-02-06',
  initialTerm: { until: '2025-12' },
  renewal: { months: 12, maxRenewals: 3 },
  noticeMonths: 1,
};
const none: NoticeFact[] = [];

describe('the standing of the two agreements of February 2025', () => {
  it('has both in force by renewal on 2026-12-01 (done-when)', () => {
    expect(standingOn(SEOUL_GIMPO, none, '2026-12-01')).toMatchObject({ state: 'in_force', renewal: 1 });
    expect(standingOn(YOUTH_SHELTERS, none, '2026-12-01')).toMatchObject({ state: 'in_force', renewal: 1 });
  });

  it('lets the three-party agreement last at most until 2028-12-31, and Seoul–Gimpo without limit (done-when)', () => {
    expect(latestPossibleEnd(YOUTH_SHELTERS)).toBe('2028-12-31');
    expect(latestPossibleEnd(SEOUL_GIMPO)).toBeNull();
    expect(standingOn(YOUTH_SHELTERS, none, '2028-12-31')).toMatchObject({ state: 'in_force', renewal: 3 });
    expect(standingOn(YOUTH_SHELTERS, none, '2029-01-01')).toEqual({ state: 'expired', lastDay: '2028-12-31' });
    expect(standingOn(SEOUL_GIMPO, none, '2040-06-01')).toMatchObject({ state: 'in_force', renewal: 15 });
  });

  it('ends Seoul–Gimpo at the end of its current year when a notice is given in time (done-when)', () => {
    const notice: NoticeFact[] = [{ kind: 'non_renewal', givenOn: '2026-12-01' }];
    // The year running on 2026-12-01 is the first renewal: 2026-02-26 to 2027-02-25.
    expect(agreementEnd(SEOUL_GIMPO, notice)).toEqual({ kind: 'notice', lastDay: '2027-02-25', renewal: 1, givenOn: '2026-12-01' });
    expect(standingOn(SEOUL_GIMPO, notice, '2027-02-25')).toMatchObject({ state: 'in_force', renewal: 1 });
    expect(standingOn(SEOUL_GIMPO, notice, '2027-02-26')).toEqual({
      state: 'terminated_by_notice',
      lastDay: '2027-02-25',
      givenOn: '2026-12-01',
    });
  });

  it('counts a year from signing without the day of signing: Seoul–Gimpo renews on 2026-02-26, not a day earlier', () => {
    expect(standingOn(SEOUL_GIMPO, none, '2025-02-24')).toEqual({ state: 'not_yet', firstDay: '2025-02-25' });
    expect(standingOn(SEOUL_GIMPO, none, '2025-02-25')).toMatchObject({ state: 'in_force', renewal: 0 });
    expect(standingOn(SEOUL_GIMPO, none, '2026-02-25')).toMatchObject({
      state: 'in_force',
      renewal: 0,
      term: { firstDay: '2025-02-25', lastDay: '2026-02-25' },
    });
    expect(standingOn(SEOUL_GIMPO, none, '2026-02-26')).toMatchObject({
      state: 'in_force',
      renewal: 1,
      term: { firstDay: '2026-02-26', lastDay: '2027-02-25' },
    });
  });

  it('takes a notice on the renewal day as too late for the year just ended: it ends the year that began that day', () => {
    expect(agreementEnd(SEOUL_GIMPO, [{ kind: 'non_renewal', givenOn: '2026-02-25' }])).toMatchObject({ lastDay: '2026-02-25' });
    expect(agreementEnd(SEOUL_GIMPO, [{ kind: 'non_renewal', givenOn: '2026-02-26' }])).toMatchObject({ lastDay: '2027-02-25' });
  });

  it('keeps the three-party notice deadline a month before the end: 2025-11-30 is in time, 2025-12-01 is not', () => {
    expect(noticeDeadline('2025-12-31', 1)).toBe('2025-11-30');
    expect(agreementEnd(YOUTH_SHELTERS, [{ kind: 'non_renewal', givenOn: '2025-11-30' }])).toMatchObject({
      kind: 'notice',
      lastDay: '2025-12-31',
    });
    expect(standingOn(YOUTH_SHELTERS, [{ kind: 'non_renewal', givenOn: '2025-11-30' }], '2026-01-01')).toMatchObject({
      state: 'terminated_by_notice',
      lastDay: '2025-12-31',
    });
    // Too late for 2025: it renews once more and ends with 2026.
    expect(agreementEnd(YOUTH_SHELTERS, [{ kind: 'non_renewal', givenOn: '2025-12-01' }])).toMatchObject({
      kind: 'notice',
      lastDay: '2026-12-31',
      renewal: 1,
    });
    expect(standingOn(YOUTH_SHELTERS, [{ kind: 'non_renewal', givenOn: '2025-12-01' }], '2026-06-01')).toMatchObject({
      state: 'in_force',
      renewal: 1,
      end: { kind: 'notice', lastDay: '2026-12-31' },
    });
  });

  it('ends on the last day in force a termination records, before anything the rules allow', () => {
    const termination: NoticeFact[] = [{ kind: 'termination', givenOn: '2026-03-02', lastDayInForce: '2026-03-31' }];
    expect(standingOn(YOUTH_SHELTERS, termination, '2026-03-31')).toMatchObject({ state: 'in_force', renewal: 1 });
    expect(standingOn(YOUTH_SHELTERS, termination, '2026-04-01')).toEqual({
      state: 'terminated',
      lastDay: '2026-03-31',
      givenOn: '2026-03-02',
    });
  });

  it('says nothing of an agreement whose term no source gives, beyond that it was signed', () => {
    const unknown: TermRules = { signedOn: '2022-11', initialTerm: null, renewal: null, noticeMonths: null };
    expect(standingOn(unknown, none, '2022-10-31')).toEqual({ state: 'not_yet', firstDay: '2022-11-01' });
    expect(standingOn(unknown, none, '2026-12-01')).toEqual({ state: 'term_unknown' });
    expect(latestPossibleEnd(unknown)).toBeNull();
    expect(agreementEnd(unknown, none)).toEqual({ kind: 'unknown' });
  });
});

describe('periods by the Civil Code (민법 제157조, 제160조)', () => {
  it('ends a year from a signing in a leap February on the last day of February', () => {
    // Signed 2024-02-28: counted from 2024-02-29; 2025 has no 29 February, so the month's last day.
    expect(periodLastDay('2024-02-29', 12)).toBe('2025-02-28');
    // Signed 2024-02-29: counted from 2024-03-01, ends the day before 2025-03-01.
    expect(periodLastDay('2024-03-01', 12)).toBe('2025-02-28');
    // Signed 2023-02-28: counted from 2023-03-01, ends on 2024-02-29, the leap day.
    expect(periodLastDay('2023-03-01', 12)).toBe('2024-02-29');
    const leap: TermRules = {
      signedOn: '2024-02-29',
      initialTerm: { months: 12 },
      renewal: { months: 12, maxRenewals: 1 },
      noticeMonths: 1,
    };
    expect(standingOn(leap, none, '2025-02-28')).toMatchObject({ state: 'in_force', renewal: 0 });
    expect(standingOn(leap, none, '2025-03-01')).toMatchObject({ state: 'in_force', renewal: 1, term: { lastDay: '2026-02-28' } });
    expect(latestPossibleEnd(leap)).toBe('2026-02-28');
  });

  it('puts a notice deadline on the shorter month’s last day, a leap day included', () => {
    // A term ending 2024-03-30 ends at the start of 31 March; a month before is past February's end.
    expect(noticeDeadline('2024-03-30', 1)).toBe('2024-02-29');
    expect(noticeDeadline('2025-03-30', 1)).toBe('2025-02-28');
    expect(noticeDeadline('2026-02-25', 1)).toBe('2026-01-25');
    expect(noticeDeadline('2026-02-25', null)).toBe('2026-02-25');
  });
});

describe('what falls due', () => {
  it('lists the three-party renewal of 2027-01-01 within 60 days of 2026-12-01, its deadline having passed', () => {
    expect(deadlinesBetween(YOUTH_SHELTERS, none, '2026-12-01', '2027-01-30')).toEqual([{ kind: 'renewal', on: '2027-01-01', renewal: 2 }]);
    expect(deadlinesBetween(YOUTH_SHELTERS, none, '2026-10-15', '2026-12-14')).toEqual([
      { kind: 'notice_deadline', on: '2026-11-30', renewal: 1 },
    ]);
    expect(deadlinesBetween(YOUTH_SHELTERS, none, '2028-11-01', '2028-12-31')).toEqual([{ kind: 'end', on: '2028-12-31', renewal: 3 }]);
  });

  it('lists Seoul–Gimpo’s last day for notice and its renewal, and only its end once a notice is given', () => {
    expect(deadlinesBetween(SEOUL_GIMPO, none, '2027-01-01', '2027-03-01')).toEqual([
      { kind: 'notice_deadline', on: '2027-02-25', renewal: 1 },
      { kind: 'renewal', on: '2027-02-26', renewal: 2 },
    ]);
    expect(deadlinesBetween(SEOUL_GIMPO, [{ kind: 'non_renewal', givenOn: '2026-12-01' }], '2027-01-01', '2027-03-01')).toEqual([
      { kind: 'end', on: '2027-02-25', renewal: 1 },
    ]);
  });
});
