'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useField } from './action-form';

type Common = { name: string; label: string; hint?: ReactNode; isRequired?: boolean };
const control =
  'w-full rounded border border-ink-soft bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

function FieldShell({ name, label, hint, isRequired, errors, children }: Common & { errors: string[]; children: ReactNode }) {
  const t = useTranslations('Errors');
  const tForms = useTranslations('Forms');
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`field-${name}`} className="text-sm font-semibold text-ink">
        {label}
        {isRequired ? <span className="ml-1 text-red-700">*<span className="sr-only">{tForms('required')}</span></span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`field-${name}-hint`} className="text-sm text-ink-soft">
          {hint}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <p id={`field-${name}-error`} className="text-sm font-semibold text-red-700">
          {errors.map((key) => t(key as 'invalid')).join(' ')}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(name: string, hint: unknown, errors: string[]) {
  return [hint ? `field-${name}-hint` : null, errors.length ? `field-${name}-error` : null].filter(Boolean).join(' ') || undefined;
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
  inputMode?: 'numeric' | 'text' | 'email';
  maxLength?: number;
}) {
  const { errors, value } = useField(common.name);
  return (
    <FieldShell {...common} errors={errors}>
      <input
        id={`field-${common.name}`}
        name={common.name}
        type={type}
        defaultValue={type === 'password' ? undefined : (value ?? (defaultValue === null ? '' : defaultValue))}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(common.name, common.hint, errors)}
        aria-required={common.isRequired}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        className={control}
      />
    </FieldShell>
  );
}

export function TextArea({ defaultValue, ...common }: Common & { defaultValue?: string | null }) {
  const { errors, value } = useField(common.name);
  return (
    <FieldShell {...common} errors={errors}>
      <textarea
        id={`field-${common.name}`}
        name={common.name}
        rows={3}
        defaultValue={value ?? defaultValue ?? ''}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(common.name, common.hint, errors)}
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
  const { errors, value } = useField(common.name);
  return (
    <FieldShell {...common} errors={errors}>
      <select
        id={`field-${common.name}`}
        name={common.name}
        defaultValue={value ?? (defaultValue == null ? '' : String(defaultValue))}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(common.name, common.hint, errors)}
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
