'use server';

import { defineAction } from '@/lib/actions/define-action';
import { siteUrl } from '@/lib/site-url';
import { issueCalendarToken } from './mutations';
import { IssueCalendarTokenSchema } from './schemas';

export const issueCalendarTokenAction = defineAction({
  permission: 'registry.read',
  schema: IssueCalendarTokenSchema,
  run: (_input, { actor }) => issueCalendarToken(actor),
  // The address is shown this once: only its hash is kept (lib/calendar/token.ts).
  onSuccess: (result) => ({
    status: 'success',
    message: 'calendarLinkMade',
    values: { calendarUrl: `${siteUrl()}/api/calendar/${result.token}` },
  }),
});
