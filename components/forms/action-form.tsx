'use client';

import { useLocale, useTranslations } from 'next-intl';
import { createContext, type ReactNode, use, useActionState } from 'react';
import { IDLE, type ActionState } from '@/lib/actions/state';
import { FormStatus } from './form-status';

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

const FormStateContext = createContext<ActionState>(IDLE);

/** Each answer gets its own key, so fields re-mount showing what was typed. */
const answerKeys = new WeakMap<ActionState, number>();
let lastKey = 0;
function answerKey(state: ActionState): number {
  if (!answerKeys.has(state)) answerKeys.set(state, ++lastKey);
  return answerKeys.get(state)!;
}

type Props = {
  action: Action;
  submitLabel: string;
  children?: ReactNode;
  /** Hidden fields: record ids, the version the form started from. */
  hidden?: Record<string, string | number>;
  /** Shown after a successful save, instead of the generic message. */
  successContent?: (state: Extract<ActionState, { status: 'success' }>) => ReactNode;
  isDanger?: boolean;
  className?: string;
};

/**
 * A form bound to a server action through useActionState: it works without JavaScript (the
 * server renders the answer), keeps what was typed when the answer is a refusal, and shows
 * field errors, a form error, or what changed meanwhile, in the user's language.
 */
export function ActionForm({ action, submitLabel, children, hidden = {}, successContent, isDanger = false, className = '' }: Props) {
  const [state, formAction, isPending] = useActionState(action, IDLE);
  const locale = useLocale();
  const t = useTranslations('Forms');
  return (
    <form action={formAction} noValidate className={`flex flex-col gap-4 ${className}`} aria-busy={isPending}>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        // After a refusal as out of date, a second save (once the changes are seen) applies on top of them.
        <input key={name} type="hidden" name={name} value={String(name === 'version' && state.status === 'conflict' ? state.currentVersion : value)} />
      ))}
      <FormStatus state={state} successContent={successContent} />
      <FormStateContext value={state}>
        <div key={answerKey(state)} className="flex flex-col gap-4">
          {children}
        </div>
      </FormStateContext>
      <div>
        <button
          type="submit"
          disabled={isPending}
          className={`rounded px-4 py-2.5 font-semibold text-white disabled:opacity-60 ${isDanger ? 'bg-red-700 hover:bg-red-800' : 'bg-primary-600 hover:bg-primary-700'}`}
        >
          {isPending ? t('saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** The current answer's errors and echoed value for one field. */
export function useField(name: string): { errors: string[]; value: string | undefined } {
  const state = use(FormStateContext);
  const errors = state.status === 'invalid' ? (state.fieldErrors[name] ?? []) : [];
  const value = 'values' in state && state.values && state.status !== 'success' ? state.values[name] : undefined;
  return { errors, value };
}
