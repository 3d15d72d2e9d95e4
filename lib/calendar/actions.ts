'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { issueCalendarToken } from './mutations';
import { IssueCalendarTokenSchema } from './schemas';

export const issueCalendarTokenAction = defineAction({
  permission: 'registry.read',
  schema: IssueCalendarTokenSchema,
  run: (_input, { actor }) => issueCalendarToken(actor),
  onSuccess: (_result, { locale }) => redirect(`/${locale}/admin/evaluations?saved=calendar#calendar`),
});
