// FormData as the plain strings a form sent, for zod to parse and for the form to show again.
import type { FormValues } from './state';

/** Longest value echoed back to a form: enough for any field here, and a hostile megabyte is not. */
const MAX_ECHO = 2_000;

export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    if (!(key in values)) values[key] = value.slice(0, MAX_ECHO);
  }
  return values;
}
