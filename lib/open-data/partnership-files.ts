// Networks, agreements and the association's officers as open data (issue 15): one CSV each, in
// UTF-8 with a byte-order mark and CRLF lines like registry.csv, with their columns described in
// both languages for the open-data page. Cells a spreadsheet would run as formulas are guarded.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { noticeFactsOf, termRulesOf } from '@/lib/agreements/rules';
import { agreementEnd, latestPossibleEnd, standingOn } from '@/lib/agreements/standing';
import { getAgreements } from '@/lib/agreements/queries';
import { getAssociation } from '@/lib/association/queries';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import { getNetworks } from '@/lib/networks/queries';
import { CSV_BOM, guardFormula } from '@/lib/subsidies/export-csv';
import type { ColumnType } from './dictionary';

type Column = { key: string; type: ColumnType; ko: string; en: string };
type Cell = string | number | boolean | null;

const text = (key: string, ko: string, en: string): Column => ({ key, type: 'text', ko, en });
const PARTIAL = { ko: '(연도, 연-월 또는 날짜; 모르면 빈칸)', en: '(a year, year-month or day; empty when unknown)' };

export const PARTNERSHIP_FILES = {
  'network-memberships.csv': {
    columns: [
      text('network', '네트워크 식별자 (gnlc, iaec, aplc, pascal-lcn)', 'Network identifier (gnlc, iaec, aplc, pascal-lcn)'),
      text('member_slug', '회원 식별자 (지방자치단체는 /cities/{slug})', 'Member identifier (a local government’s is its /cities/{slug})'),
      text('member_kind', '회원 종류 (local_government, region …)', 'Kind of member (local_government, region …)'),
      text('member_ko', '회원 이름', 'Member name in Korean'),
      text('member_en', '회원 영문 이름', 'Member name in English'),
      text('status', '상태: applied 가입 신청, member 회원, left 탈퇴', 'Status: applied, member, left'),
      text('applied_on', `가입 신청 ${PARTIAL.ko}`, `Applied ${PARTIAL.en}`),
      text('joined_on', `가입 ${PARTIAL.ko}`, `Joined ${PARTIAL.en}`),
      text('left_on', `탈퇴 ${PARTIAL.ko}`, `Left ${PARTIAL.en}`),
      text('roles_ko', '역할 (; 로 구분)', 'Roles in Korean (separated by ;)'),
      text('roles_en', '역할 영문 (; 로 구분)', 'Roles in English (separated by ;)'),
      text('source', '출처 (주소 또는 문헌)', 'Source (address or reference)'),
      text('quote', '출처 문장', 'The sentence the fact rests on'),
    ],
  },
  'agreements.csv': {
    columns: [
      text('slug', '협약 식별자 (/agreements/{slug})', 'Agreement identifier (/agreements/{slug})'),
      text('title_ko', '협약 이름', 'Title in Korean'),
      text('title_en', '협약 영문 이름', 'Title in English'),
      text('signed_on', `체결 ${PARTIAL.ko}`, `Signed ${PARTIAL.en}`),
      text('parties_ko', '당사자 (; 로 구분)', 'Parties in Korean (separated by ;)'),
      text('parties_en', '당사자 영문 (; 로 구분)', 'Parties in English (separated by ;)'),
      text('topics', '분야 코드 (; 로 구분)', 'Topic codes (separated by ;)'),
      { key: 'initial_term_months', type: 'integer', ko: '처음 기간: 체결일로부터 개월 수', en: 'First term: months from signing' },
      text('initial_term_until', '처음 기간: 이때까지 (연도, 연-월, 날짜)', 'First term: until (year, year-month or day)'),
      {
        key: 'renewal_months',
        type: 'integer',
        ko: '자동 연장 단위 (개월; 빈칸이면 연장 없음)',
        en: 'Automatic renewal, months at a time (empty: none)',
      },
      {
        key: 'max_renewals',
        type: 'integer',
        ko: '최대 연장 횟수 (빈칸이면 제한 없음)',
        en: 'At most this many renewals (empty: no limit)',
      },
      {
        key: 'notice_months',
        type: 'integer',
        ko: '통지 기한: 만료 몇 개월 전까지 (빈칸이면 만료 전까지)',
        en: 'Notice at least this many months before a term ends (empty: until its last day)',
      },
      text(
        'standing_today',
        '오늘의 효력: in_force, expired, terminated_by_notice, terminated, not_yet, term_unknown',
        'Standing today: in_force, expired, terminated_by_notice, terminated, not_yet, term_unknown',
      ),
      {
        key: 'renewal_today',
        type: 'integer',
        ko: '오늘 효력이 있으면 몇 번째 연장인지 (처음 기간은 0)',
        en: 'When in force today: the renewal it is in (0 for the first term)',
      },
      text(
        'ends_on',
        '종료일 (규칙과 통지로 정해진 마지막 날; 정해지지 않았으면 빈칸)',
        'Last day, as the rules and notices fix it (empty when not fixed)',
      ),
      text(
        'latest_possible_end',
        '규칙이 허용하는 마지막 날 (제한이 없거나 모르면 빈칸)',
        'Latest day the rules allow (empty when unlimited or unknown)',
      ),
      text('source', '출처', 'Source'),
    ],
  },
  'association-officers.csv': {
    columns: [
      text(
        'role',
        '직책: chair, senior_vice_chair, vice_chair, secretary_general, director, auditor, regional_representative',
        'Office: chair, senior_vice_chair, vice_chair, secretary_general, director, auditor, regional_representative',
      ),
      { key: 'term_ordinal', type: 'integer', ko: '대수 (출처에 있을 때)', en: 'Term ordinal, when a source gives it' },
      text('person_ko', '이름 (출처에 없으면 빈칸)', 'Name in Korean (empty when no source names the person)'),
      text('person_en', '영문 이름', 'Name in English'),
      text('member_slug', '기관 식별자', 'Member identifier'),
      text('member_ko', '기관 이름', 'Member body in Korean'),
      text('member_en', '기관 영문 이름', 'Member body in English'),
      text('represents_ko', '권역 (권역 대표일 때)', 'Area represented (regional representatives)'),
      text('started_on', `시작 ${PARTIAL.ko}`, `Started ${PARTIAL.en}`),
      text('ended_on', `끝 ${PARTIAL.ko}`, `Ended ${PARTIAL.en}`),
      text('source', '출처', 'Source'),
      text('quote', '출처 문장', 'The sentence the fact rests on'),
    ],
  },
} as const satisfies Record<string, { columns: readonly Column[] }>;

export type PartnershipFile = keyof typeof PARTNERSHIP_FILES;
export const PARTNERSHIP_FILE_NAMES = Object.keys(PARTNERSHIP_FILES) as PartnershipFile[];

export function isPartnershipFile(name: string): name is PartnershipFile {
  return Object.hasOwn(PARTNERSHIP_FILES, name);
}

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  return quote(guardFormula(value));
}

export function partnershipCsv(file: PartnershipFile, rows: Record<string, Cell>[]): string {
  const columns = PARTNERSHIP_FILES[file].columns;
  const lines = [
    columns.map((column) => column.key).join(','),
    ...rows.map((row) => columns.map((column) => csvCell(row[column.key] ?? null)).join(',')),
  ];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** The rows of one file, from the pages' own reads (cached with their tags). */
export async function partnershipRows(file: PartnershipFile): Promise<{ asOf: string; rows: Record<string, Cell>[] }> {
  'use cache';
  cacheTag(CACHE_TAGS.lists, CACHE_TAGS.networks, CACHE_TAGS.agreements, CACHE_TAGS.association);
  cacheLife('hours');
  const asOf = isoDate(todayInKorea());
  if (file === 'network-memberships.csv') {
    const networks = await getNetworks();
    return {
      asOf,
      rows: networks.flatMap((network) =>
        network.members.map((member) => ({
          network: network.slug,
          member_slug: member.organisation.slug,
          member_kind: member.organisation.kind,
          member_ko: member.organisation.nameKo,
          member_en: member.organisation.nameEn,
          status: member.status,
          applied_on: member.appliedOn,
          joined_on: member.joinedOn,
          left_on: member.leftOn,
          roles_ko: member.roles.map((role) => role.titleKo).join('; ') || null,
          roles_en: member.roles.map((role) => role.titleEn).join('; ') || null,
          source: member.source,
          quote: member.quote,
        })),
      ),
    };
  }
  if (file === 'agreements.csv') {
    const agreements = await getAgreements();
    return {
      asOf,
      rows: agreements.map((agreement) => {
        const rules = termRulesOf(agreement);
        const notices = noticeFactsOf(agreement.notices);
        const standing = standingOn(rules, notices, asOf);
        const end = agreementEnd(rules, notices);
        return {
          slug: agreement.slug,
          title_ko: agreement.titleKo,
          title_en: agreement.titleEn,
          signed_on: agreement.signedOn,
          parties_ko: agreement.parties.map((party) => party.organisation.nameKo).join('; '),
          parties_en: agreement.parties.map((party) => party.organisation.nameEn).join('; '),
          topics: agreement.topics.join('; '),
          initial_term_months: agreement.initialTermMonths,
          initial_term_until: agreement.initialTermUntil,
          renewal_months: agreement.renewalMonths,
          max_renewals: agreement.maxRenewals,
          notice_months: agreement.noticeMonths,
          standing_today: standing.state,
          renewal_today: standing.state === 'in_force' ? standing.renewal : null,
          ends_on: 'lastDay' in end ? end.lastDay : null,
          latest_possible_end: latestPossibleEnd(rules),
          source: agreement.source,
        };
      }),
    };
  }
  const { officers } = await getAssociation();
  return {
    asOf,
    rows: officers.map((officer) => ({
      role: officer.role,
      term_ordinal: officer.termOrdinal,
      person_ko: officer.personKo,
      person_en: officer.personEn,
      member_slug: officer.organisation.slug,
      member_ko: officer.organisation.nameKo,
      member_en: officer.organisation.nameEn,
      represents_ko: officer.representsKo,
      started_on: officer.startedOn,
      ended_on: officer.endedOn,
      source: officer.source,
      quote: officer.quote,
    })),
  };
}
