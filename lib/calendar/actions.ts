'use server';

import { defineAction } from '@/lib/actions/define-action';
import { issueCalendarToken } from './mutations';
import { IssueCalendarTokenSchema } from './schemas';
import { redirect } from '@/lib/i18n/navigation';

export const issueCalendarTokenAction = defineAction({
  permission: 'registry.read',
  schema: IssueCalendarTokenSchema,
  run: (_input, { actor }) => issueCalendarToken(actor),
  onSuccess: (_result, { locale }) => redirect({ href: '/admin/evaluations?saved=calendar#calendar', locale }),
});
