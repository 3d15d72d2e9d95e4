// GET /api/calendar/<secret>?lang=ko|en — a staff member's iCalendar feed of re-designation
// evaluations (issue 4). The secret in the path stands for the sign-in a calendar app cannot do;
// an unknown, replaced or deactivated one gets 404, never a hint that it once existed.
import { createTranslator } from 'next-intl';
import { evaluationFeed } from '@/lib/calendar/feed';
import { findCalendarUser } from '@/lib/calendar/queries';
import { getAgreementDeadlinesFor } from '@/lib/agreements/staff-queries';
import { getEvaluationDueListFor } from '@/lib/designations/staff-queries';
import { siteUrl } from '@/lib/site-url';
import { localField, qualifiedName } from '@/lib/core/names';
import { serviceUnavailable } from '@/lib/health/response';

export async function GET(request: Request, context: RouteContext<'/api/calendar/[token]'>) {
  return feed(request, context).catch(serviceUnavailable);
}

async function feed(request: Request, { params }: RouteContext<'/api/calendar/[token]'>): Promise<Response> {
  const { token } = await params;
  const user = await findCalendarUser(token);
  if (!user) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const locale = new URL(request.url).searchParams.get('lang') === 'en' ? 'en' : 'ko';
  const [messages, list, deadlines] = await Promise.all([
    import(`@/messages/${locale}.json`),
    getEvaluationDueListFor(user),
    getAgreementDeadlinesFor(user),
  ]);
  const tAgreements = createTranslator({ locale, messages: messages.default, namespace: 'StaffPartnerships.deadlines' });
  const t = createTranslator({ locale, messages: messages.default, namespace: 'Admin.evaluations.feed' });
  const entries = [...list.overdue, ...list.thisYear, ...list.nextYear, ...list.later];
  const body = evaluationFeed({
    entries,
    locale,
    siteUrl: siteUrl(),
    text: {
      calendarName: t('name'),
      summary: (entry) =>
        t('summary', {
          city: qualifiedName(entry, entry.region, locale),
          year: entry.dueYear ?? 0,
        }),
      description: (entry) => t('description', { year: entry.dueYear ?? 0, designated: entry.designatedYear }),
    },
    agreements: {
      deadlines,
      summary: (deadline) =>
        tAgreements('feedSummary', {
          agreement: localField(deadline, 'title', locale),
          what: tAgreements(`kinds.${deadline.kind}`, { renewal: deadline.renewal }),
        }),
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="evaluations.ics"',
      'Cache-Control': 'private, no-store',
    },
  });
}
