'use client';

import { ActionForm } from '@/components/forms/action-form';
import { issueCalendarTokenAction } from '@/lib/calendar/actions';

export function CalendarTokenForm({
  hasToken,
  label,
  urlLabel,
  shownOnce,
}: {
  hasToken: boolean;
  label: string;
  urlLabel: string;
  shownOnce: string;
}) {
  return (
    <ActionForm
      action={issueCalendarTokenAction}
      submitLabel={label}
      hidden={{ intent: hasToken ? 'regenerate' : 'create' }}
      successContent={(state) => (
        <div className="flex flex-col gap-1">
          <label htmlFor="calendar-url" className="text-sm font-semibold">
            {urlLabel}
          </label>
          <input
            id="calendar-url"
            readOnly
            value={state.values?.calendarUrl ?? ''}
            className="w-full rounded border border-ink-soft bg-white px-3 py-2 font-mono text-sm"
          />
          <p className="text-sm">{shownOnce}</p>
        </div>
      )}
    />
  );
}
