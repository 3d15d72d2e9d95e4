'use client';

import { ActionForm } from '@/components/forms/action-form';
import { issueCalendarTokenAction } from '@/lib/calendar/actions';

export function CalendarTokenForm({ hasToken, label }: { hasToken: boolean; label: string }) {
  return <ActionForm action={issueCalendarTokenAction} submitLabel={label} hidden={{ intent: hasToken ? 'regenerate' : 'create' }} />;
}
