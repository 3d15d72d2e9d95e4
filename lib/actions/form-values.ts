// FormData as the plain strings a form sent, for zod to parse and for the form to show again.
import type { FormValues } from '@/lib/core/action-state';

/** Longest value echoed back to a form: enough for any field here, and a hostile megabyte is not. */
const MAX_ECHO = 2_000;

/** `longFields` names fields read (and echoed) whole up to their own limit: a pasted list. */
export function formValues(formData: FormData, longFields: Record<string, number> = {}): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    if (!(key in values)) values[key] = value.slice(0, Object.hasOwn(longFields, key) ? longFields[key]! + 1 : MAX_ECHO);
  }
  return values;
}

/** A file input read as UTF-8 text, or why not: none chosen, or over the size allowed. */
export async function fileText(formData: FormData, name: string, maxBytes: number): Promise<{ text?: string; error?: string }> {
  const file = formData.get(name);
  if (!(file instanceof File) || file.size === 0) return {};
  if (file.size > maxBytes) return { error: 'fileTooLarge' };
  return { text: await file.text() };
}

/** Fields never sent back to a form, whatever the answer: passwords (issue 13). */
const SECRET_FIELD = /password/i;

/** What a form may show again: everything typed but its secrets. */
export function withoutSecrets(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELD.test(key)));
}
