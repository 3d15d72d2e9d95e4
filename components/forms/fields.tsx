'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useField } from './action-form';
import { shownErrors } from './error-summary';

type Common = { name: string; label: string; hint?: ReactNode; isRequired?: boolean };
const control =
  'w-full rounded border border-ink-soft bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

function FieldShell({ id, label, hint, isRequired, errors, children }: Common & { id: string; errors: string[]; children: ReactNode }) {
  const t = useTranslations('Errors');
  const tForms = useTranslations('Forms');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-ink">
        {label}
        {isRequired ? (
          <span className="ml-1 text-red-700">
            *<span className="sr-only">{tForms('required')}</span>
          </span>
        ) : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-ink-soft">
          {hint}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-700">
          {shownErrors(errors)
            .map((key) => t(key as 'invalid'))
            .join(' ')}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, errors: string[]) {
  return [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

export function TextField({
  type = 'text',
  defaultValue,
  autoComplete,
  inputMode,
  maxLength,
  ...common
}: Common & {
  type?: 'text' | 'email' | 'password' | 'date' | 'number' | 'search';
  defaultValue?: string | number | null;
  autoComplete?: string;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email';
  maxLength?: number;
}) {
  const { errors, value, id } = useField(common.name);
  return (
    <FieldShell {...common} id={id} errors={errors}>
      <input
        id={id}
        name={common.name}
        type={type}
        defaultValue={type === 'password' ? undefined : (value ?? (defaultValue === null ? '' : defaultValue))}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(id, common.hint, errors)}
        aria-required={common.isRequired}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        className={control}
      />
    </FieldShell>
  );
}

export function TextArea({ defaultValue, rows = 3, ...common }: Common & { defaultValue?: string | null; rows?: number }) {
  const { errors, value, id } = useField(common.name);
  return (
    <FieldShell {...common} id={id} errors={errors}>
      <textarea
        id={id}
        name={common.name}
        rows={rows}
        defaultValue={value ?? defaultValue ?? ''}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(id, common.hint, errors)}
        className={control}
      />
    </FieldShell>
  );
}

export function SelectField({
  options,
  defaultValue,
  placeholder,
  ...common
}: Common & { options: { value: string; label: string }[]; defaultValue?: string | number | null; placeholder?: string }) {
  const { errors, value, id } = useField(common.name);
  return (
    <FieldShell {...common} id={id} errors={errors}>
      <select
        id={id}
        name={common.name}
        defaultValue={value ?? (defaultValue == null ? '' : String(defaultValue))}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(id, common.hint, errors)}
        aria-required={common.isRequired}
        className={control}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A file to upload; read on the server (the form posts multipart, also without JavaScript). */
export function FileField({ accept, ...common }: Common & { accept: string }) {
  const { errors, id } = useField(common.name);
  return (
    <FieldShell {...common} id={id} errors={errors}>
      <input
        id={id}
        name={common.name}
        type="file"
        accept={accept}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(id, common.hint, errors)}
        className={`${control} file:mr-3 file:rounded file:border-0 file:bg-primary-50 file:px-3 file:py-1 file:font-semibold`}
      />
    </FieldShell>
  );
}
