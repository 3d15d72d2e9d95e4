// zod issues as message keys of the "Errors" namespace, field by field.
import type { z } from 'zod';
import messages from '@/messages/ko.json';
import type { FieldErrors } from '@/lib/core/action-state';

const KNOWN_KEYS = new Set(Object.keys(messages.Errors));

/** A schema's own key when it gave one (`error: 'yearOutOfRange'`), else one for the issue's kind. */
export function issueKey(issue: z.core.$ZodIssue): string {
  if (KNOWN_KEYS.has(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_small':
      return 'tooShort';
    case 'too_big':
      return 'tooLong';
    case 'invalid_value':
      return 'notAnOption';
    case 'invalid_format':
      return 'invalidFormat';
    default:
      return 'invalid';
  }
}

export function fieldErrors(issues: z.core.$ZodIssue[]): { fieldErrors: FieldErrors; formError?: string } {
  const errors: FieldErrors = {};
  let formError: string | undefined;
  for (const issue of issues) {
    const field = issue.path[0];
    if (field === undefined) formError ??= issueKey(issue);
    else (errors[String(field)] ??= []).push(issueKey(issue));
  }
  return { fieldErrors: errors, formError };
}
