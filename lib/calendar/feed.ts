// The iCalendar feed of re-designation evaluations (issue 4), built with ical-generator: one
// all-day entry per city and due year, on the first day of the round's year (the ministry gives
// rounds by year, not by day). Stable UIDs, so a calendar updates an entry instead of adding one.
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { AgreementDeadline } from '@/lib/agreements/deadlines';
import type { DueEntry } from '@/lib/designations/staff-queries';

export type FeedText = { calendarName: string; summary: (entry: DueEntry) => string; description: (entry: DueEntry) => string };

/** Agreements' last days for notice, renewals and ends within the due list's window (issue 15), one all-day entry each. */
export type AgreementFeed = { deadlines: AgreementDeadline[]; summary: (deadline: AgreementDeadline) => string };

export function evaluationFeed(options: {
  entries: DueEntry[];
  text: FeedText;
  siteUrl: string;
  locale: string;
  now?: Date;
  agreements?: AgreementFeed;
}): string {
  const calendar = ical({
    name: options.text.calendarName,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'KALLC', product: 'learning-cities-registry', language: options.locale.toUpperCase() },
  });
  for (const entry of options.entries) {
    if (entry.dueYear === null) continue;
    calendar.createEvent({
      id: `evaluation-${entry.designationId}-${entry.dueYear}@learning-cities-registry`,
      start: new Date(Date.UTC(entry.dueYear, 0, 1)),
      end: new Date(Date.UTC(entry.dueYear, 0, 2)),
      allDay: true,
      stamp: options.now ?? new Date(),
      summary: options.text.summary(entry),
      description: options.text.description(entry),
      url: `${options.siteUrl}/${options.locale}/admin/designations/${entry.designationId}`,
    });
  }
  for (const deadline of options.agreements?.deadlines ?? []) {
    const day = new Date(`${deadline.on}T00:00:00Z`);
    calendar.createEvent({
      id: `agreement-${deadline.slug}-${deadline.kind}-${deadline.on}@learning-cities-registry`,
      start: day,
      end: new Date(day.getTime() + 86_400_000),
      allDay: true,
      stamp: options.now ?? new Date(),
      summary: options.agreements!.summary(deadline),
      url: `${options.siteUrl}/${options.locale}/admin/agreements/${deadline.id}`,
    });
  }
  return calendar.toString();
}
