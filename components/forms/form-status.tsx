'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { ActionState } from '@/lib/core/action-state';
import { ErrorSummary } from './error-summary';
import { fieldLabel } from './field-label';
import { MOMENT_FORMAT } from '@/lib/core/dates';

/** The form-level part of an answer: saved, refused, or out of date (with what changed). */
export function FormStatus({
  state,
  successContent,
  idPrefix,
}: {
  state: ActionState;
  /** The form's field ids start with it: the summary links to them. */
  idPrefix: string;
  successContent?: (state: Extract<ActionState, { status: 'success' }>) => ReactNode;
}) {
  const t = useTranslations('Forms');
  const tErrors = useTranslations('Errors');
  const tFields = useTranslations('Fields');
  const format = useFormatter();
  if (state.status === 'idle') return null;
  if (state.status === 'success') {
    return (
      <div role="status" className="rounded border border-accent bg-green-50 p-3 text-ink">
        {successContent ? successContent(state) : t(`success.${state.message}` as 'success.saved', { count: state.count ?? 0 })}
      </div>
    );
  }
  if (state.status === 'conflict') {
    return (
      <div role="alert" className="rounded border border-warning-700 bg-warning-50 p-3 text-ink">
        <p className="font-semibold">{t('conflictTitle')}</p>
        <p className="mt-1">{t('conflictHelp')}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {state.changes.map((change, index) => (
            <li key={index}>
              {t('conflictChange', {
                field: fieldLabel(change.field, tFields),
                before: change.before === null ? '—' : String(change.before),
                after: change.after === null ? '—' : String(change.after),
                who: change.actorEmail ?? t('system'),
                when: format.dateTime(new Date(change.occurredAt), MOMENT_FORMAT),
              })}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (state.status === 'invalid') {
    return (
      <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} lineIssues={state.lineIssues ?? []} idPrefix={idPrefix} />
    );
  }
  return (
    <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-ink">
      <p>{tErrors(state.formError as 'invalid')}</p>
    </div>
  );
}
