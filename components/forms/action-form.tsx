'use client';

import { useLocale, useTranslations } from 'next-intl';
import { createContext, type ReactNode, use, useActionState, useId } from 'react';
import { IDLE, type ActionState } from '@/lib/core/action-state';
import { FormStatus } from './form-status';

type Action = (previous: ActionState, formData: FormData) => Promise<ActionState>;

const FormStateContext = createContext<{ state: ActionState; idPrefix: string }>({ state: IDLE, idPrefix: 'field' });

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
  /** The main button's name and value, when the action reads which button was pressed. */
  submitName?: string;
  submitValue?: string;
  /** A second, outlined button sending another value of the same name (e.g. check before applying). */
  secondarySubmit?: { name: string; value: string; label: string };
};

/**
 * A form bound to a server action through useActionState: it works without JavaScript (the
 * server renders the answer), keeps what was typed when the answer is a refusal, and shows
 * field errors, a form error, or what changed meanwhile, in the user's language.
 */
export function ActionForm({
  action,
  submitLabel,
  children,
  hidden = {},
  successContent,
  isDanger = false,
  className = '',
  submitName,
  submitValue,
  secondarySubmit,
}: Props) {
  const [state, formAction, isPending] = useActionState(action, IDLE);
  // Several forms on one page share field names: each form's ids are its own.
  const idPrefix = `field${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const locale = useLocale();
  const t = useTranslations('Forms');
  return (
    <form action={formAction} noValidate className={`flex flex-col gap-4 ${className}`} aria-busy={isPending}>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        // After a refusal as out of date, a second save (once the changes are seen) applies on top of them.
        <input
          key={name}
          type="hidden"
          name={name}
          value={String(name === 'version' && state.status === 'conflict' ? state.currentVersion : value)}
        />
      ))}
      <FormStatus key={answerKey(state)} state={state} successContent={successContent} idPrefix={idPrefix} />
      <FormStateContext value={{ state, idPrefix }}>
        <div key={answerKey(state)} className="flex flex-col gap-4">
          {children}
        </div>
      </FormStateContext>
      <div className="flex flex-wrap gap-3">
        {secondarySubmit ? (
          <button
            type="submit"
            name={secondarySubmit.name}
            value={secondarySubmit.value}
            disabled={isPending}
            className="rounded border-2 border-primary-600 bg-white px-4 py-2 font-semibold text-primary-700 hover:bg-primary-50 disabled:opacity-60"
          >
            {secondarySubmit.label}
          </button>
        ) : null}
        <button
          type="submit"
          name={submitName}
          value={submitValue}
          disabled={isPending}
          className={`rounded px-4 py-2.5 font-semibold text-white disabled:opacity-60 ${isDanger ? 'bg-red-700 hover:bg-red-800' : 'bg-primary-600 hover:bg-primary-700'}`}
        >
          {isPending ? t('saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** The current answer's errors and echoed value for one field, and the field's id in this form. */
export function useField(name: string): { errors: string[]; value: string | undefined; id: string } {
  const { state, idPrefix } = use(FormStateContext);
  const errors = state.status === 'invalid' ? (state.fieldErrors[name] ?? []) : [];
  const value = state.status === 'success' ? state.echo?.[name] : 'values' in state && state.values ? state.values[name] : undefined;
  return { errors, value, id: `${idPrefix}-${name}` };
}
