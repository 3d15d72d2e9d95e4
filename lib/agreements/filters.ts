// The public list of agreements filtered by party, topic, year of signing and standing on a
// chosen day (/agreements?party=…&topic=…&year=…&standing=…&on=YYYY-MM-DD). The day may be in
// the future: the standing follows from the rules. A value that does not read is no filter (the
// day falls back to today and says so). Pure; client-safe.
import { z } from 'zod';
import type { AgreementTopic } from '@/lib/generated/prisma/enums';
import { termRulesOf, noticeFactsOf, type StoredNotice, type StoredTerm } from './rules';
import { standingOn, type Standing } from './standing';

export const AGREEMENT_TOPICS = [
  'lifelong_learning',
  'online_learning',
  'education_costs',
  'youth',
  'employment',
  'international_cooperation',
] as const satisfies readonly AgreementTopic[];

/** Standings a visitor can filter by; 'ended' covers expiry and both kinds of termination. */
export const STANDING_FILTERS = ['in_force', 'ended', 'not_yet', 'term_unknown'] as const;
export type StandingFilter = (typeof STANDING_FILTERS)[number];

export type AgreementFilters = {
  party?: string;
  topic?: AgreementTopic;
  year?: number;
  standing?: StandingFilter;
  /** The day standings are derived for. */
  on: string;
};

const DAY = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  })
  .refine((value) => value >= '2000-01-01' && value <= '2100-12-31');
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

export function parseAgreementFilters(
  params: Record<string, string | string[] | undefined>,
  today: string,
): { filters: AgreementFilters; isDayFallback: boolean } {
  const rawDay = first(params.on);
  const day = rawDay === undefined ? null : DAY.safeParse(rawDay);
  const party = z
    .string()
    .max(80)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .safeParse(first(params.party));
  const topic = z.enum(AGREEMENT_TOPICS).safeParse(first(params.topic));
  const year = z.coerce.number().int().min(1990).max(2100).safeParse(first(params.year));
  const standing = z.enum(STANDING_FILTERS).safeParse(first(params.standing));
  return {
    filters: {
      party: party.success ? party.data : undefined,
      topic: topic.success ? topic.data : undefined,
      year: year.success ? year.data : undefined,
      standing: standing.success ? standing.data : undefined,
      on: day?.success ? day.data : today,
    },
    isDayFallback: day !== null && !day.success,
  };
}

export function standingGroup(standing: Standing): StandingFilter {
  if (standing.state === 'in_force') return 'in_force';
  if (standing.state === 'not_yet' || standing.state === 'term_unknown') return standing.state;
  return 'ended';
}

type Filterable = StoredTerm & {
  topics: readonly string[];
  parties: readonly { organisation: { slug: string } }[];
  notices: readonly StoredNotice[];
};

/** The agreements the filters keep, each with its standing on the filters' day. */
export function filterAgreements<A extends Filterable>(
  agreements: readonly A[],
  filters: AgreementFilters,
): (A & { standing: Standing })[] {
  return agreements
    .map((agreement) => ({ ...agreement, standing: standingOn(termRulesOf(agreement), noticeFactsOf(agreement.notices), filters.on) }))
    .filter(
      (agreement) =>
        (filters.party === undefined || agreement.parties.some((party) => party.organisation.slug === filters.party)) &&
        (filters.topic === undefined || agreement.topics.includes(filters.topic)) &&
        (filters.year === undefined || agreement.signedOn.startsWith(String(filters.year))) &&
        (filters.standing === undefined || standingGroup(agreement.standing) === filters.standing),
    );
}
