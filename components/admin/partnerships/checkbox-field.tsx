'use client';

import { useField } from '@/components/forms/action-form';

/** A checkbox sending "on" when checked; after a refused save it shows what was sent. */
export function CheckboxField({ name, label, defaultChecked = false }: { name: string; label: string; defaultChecked?: boolean }) {
  const { value, id, errors } = useField(name);
  return (
    <div className="flex items-center gap-2">
      <input
        id={id}
        name={name}
        type="checkbox"
        defaultChecked={value !== undefined ? value === 'on' : defaultChecked}
        aria-invalid={errors.length > 0}
        className="size-5"
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
