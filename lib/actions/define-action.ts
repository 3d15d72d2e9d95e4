// The one way to write a server action (house style §3):
//   session → permission (lib/auth/permissions.ts) → zod parse → mutation (one transaction with
//   its audit row) → updateTag → one typed ActionState, or a redirect.
// Every refusal comes back as a state with message keys; nothing a client sends makes it throw.
// A refusal is written to the security log; a database that cannot answer gives "try again",
// keeping what was typed (issue 13); no state ever carries a password back.
import 'server-only';
import { updateTag } from 'next/cache';
import { headers } from 'next/headers';
import type { z } from 'zod';
import { requestOrigin, type RequestOrigin } from '@/lib/auth/client-address';
import { checkAccess, type Access, type CurrentUser } from '@/lib/auth/session';
import { isDatabaseUnavailable } from '@/lib/core/unavailable';
import { recordSecurityEvent } from '@/lib/security-log/mutations';
import type { Permission } from '@/lib/auth/permissions';
import { changesSince } from '@/lib/audit/queries';
import { routing, type AppLocale } from '@/lib/i18n/routing';
import { databaseRefusal, refusalMessage } from './database-refusal';
import { ConflictError, RecordNotFoundError, RuleError } from '@/lib/core/errors';
import { fileText, formValues, withoutSecrets } from './form-values';
import { fieldErrors } from './issues';
import type { ActionState, FormValues } from '@/lib/core/action-state';

export type ActionContext = { actor: CurrentUser; locale: AppLocale; values: FormValues; origin: RequestOrigin };

type Options<S extends z.ZodType, R> = {
  permission: Permission;
  schema: S;
  run: (input: z.output<S>, context: ActionContext) => Promise<R>;
  /** Cache tags of the public pages the change shows on. */
  revalidate?: (result: R, input: z.output<S>) => string[];
  /** The answer on success; may redirect (next/navigation `redirect` throws). */
  onSuccess?: (result: R, context: ActionContext) => ActionState | Promise<ActionState>;
  /** Fields read whole up to their own limit (a pasted list) instead of the usual 2,000 characters. */
  longFields?: Record<string, number>;
  /** A file input read as text into a field (an uploaded list), within a size. */
  file?: { name: string; into: string; maxBytes: number };
};

function localeOf(values: FormValues): AppLocale {
  const locale = values.locale;
  return (routing.locales as readonly string[]).includes(locale ?? '') ? (locale as AppLocale) : routing.defaultLocale;
}

/** The answer to a refused call, and its entry in the security log. */
const REFUSALS = {
  anonymous: 'signInRequired',
  forbidden: 'forbidden',
  passwordChangeRequired: 'passwordChangeRequired',
} as const satisfies Record<Exclude<Access['status'], 'allowed'>, string>;

/** "The service is unavailable, try again", keeping what was typed (never a password). */
const unavailable = (values: FormValues): ActionState => ({ status: 'error', formError: 'serviceUnavailable', values });

export function defineAction<S extends z.ZodType, R>(options: Options<S, R>) {
  return async function action(_previous: ActionState, formData: FormData): Promise<ActionState> {
    const input = formData instanceof FormData ? formValues(formData, options.longFields) : {};
    const values = withoutSecrets(input);
    const origin = requestOrigin(await headers());
    let access: Access;
    try {
      access = await checkAccess(options.permission);
      if (access.status !== 'allowed') {
        const user = 'user' in access ? access.user : null;
        await recordSecurityEvent({
          kind: 'action_refused',
          userId: user?.id,
          email: user?.email,
          origin,
          detail: { permission: options.permission, reason: access.status },
        });
        return { status: 'denied', formError: REFUSALS[access.status] };
      }
    } catch (error) {
      if (isDatabaseUnavailable(error)) return unavailable(values);
      throw error;
    }
    if (options.file && formData instanceof FormData) {
      const upload = await fileText(formData, options.file.name, options.file.maxBytes);
      if (upload.error) return { status: 'invalid', fieldErrors: { [options.file.name]: [upload.error] }, values };
      if (upload.text !== undefined) input[options.file.into] = values[options.file.into] = upload.text;
    }

    const parsed = options.schema.safeParse(input);
    if (!parsed.success) return { status: 'invalid', ...fieldErrors(parsed.error.issues), values };

    const context: ActionContext = { actor: access.user, locale: localeOf(values), values, origin };
    let result: R;
    try {
      result = await options.run(parsed.data, context);
    } catch (error) {
      return await failure(error, values);
    }
    for (const tag of options.revalidate?.(result, parsed.data) ?? []) updateTag(tag);
    return options.onSuccess ? options.onSuccess(result, context) : { status: 'success', message: 'saved' };
  };
}

async function failure(error: unknown, values: FormValues): Promise<ActionState> {
  if (isDatabaseUnavailable(error)) return unavailable(values);
  if (error instanceof ConflictError) {
    const since = await changesSince(error.entityType, error.entityId, error.submittedVersion);
    return { status: 'conflict', changes: since.changes, currentVersion: Math.max(since.latestVersion, error.currentVersion), values };
  }
  if (error instanceof RecordNotFoundError) return { status: 'error', formError: 'recordGone', values };
  if (error instanceof RuleError) {
    return error.field
      ? { status: 'invalid', fieldErrors: { [error.field]: [error.messageKey] }, values }
      : { status: 'invalid', fieldErrors: {}, formError: error.messageKey, values };
  }
  const refusal = databaseRefusal(error);
  if (refusal) {
    const { field, key } = refusalMessage(refusal);
    return field
      ? { status: 'invalid', fieldErrors: { [field]: [key] }, values }
      : { status: 'invalid', fieldErrors: {}, formError: key, values };
  }
  console.error('Unexpected error in a server action', error);
  return { status: 'error', formError: 'unexpected', values };
}
