// What falls due in the coming days across agreements, for the staff due list and calendar feed
// (issue 15: "agreements ending or reaching a notice deadline within 60 days"). Pure.
import { noticeFactsOf, termRulesOf, type StoredNotice, type StoredTerm } from './rules';
import { addDays, deadlinesBetween, type Deadline } from './standing';

/** How far ahead the due list looks. */
export const DEADLINE_WINDOW_DAYS = 60;

export type AgreementDeadline = Deadline & { slug: string; id: number; titleKo: string; titleEn: string };

export function upcomingDeadlines(
  agreements: readonly (StoredTerm & { id: number; slug: string; titleKo: string; titleEn: string; notices: readonly StoredNotice[] })[],
  today: string,
  days = DEADLINE_WINDOW_DAYS,
): AgreementDeadline[] {
  const until = addDays(today, days);
  return agreements
    .flatMap((agreement) =>
      deadlinesBetween(termRulesOf(agreement), noticeFactsOf(agreement.notices), today, until).map((deadline) => ({
        ...deadline,
        id: agreement.id,
        slug: agreement.slug,
        titleKo: agreement.titleKo,
        titleEn: agreement.titleEn,
      })),
    )
    .sort((a, b) => a.on.localeCompare(b.on) || a.slug.localeCompare(b.slug));
}
