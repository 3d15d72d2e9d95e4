'use server';

import { APIError } from 'better-auth/api';
import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { headers } from 'next/headers';
import { defineAction } from '@/lib/actions/define-action';
import { formValues } from '@/lib/actions/form-values';
import { fieldErrors } from '@/lib/actions/issues';
import type { ActionState } from '@/lib/core/action-state';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/core/locales';
import { auth } from '@/lib/auth/auth';
import { clientAddress } from '@/lib/auth/client-address';
import { recordFailure, recordSuccess } from '@/lib/auth/mutations';
import { changeOwnPassword } from './mutations';
import { ChangePasswordSchema, SignInSchema } from '@/lib/auth/schemas';
import { findSignInCandidate, lockedUntil } from '@/lib/auth/queries';
import type { ThrottleKey } from '@/lib/auth/throttle';
import { redirect, redirectToLocalizedPath } from '@/lib/i18n/navigation';

/** Checked against when no account can sign in, so a refusal takes as long either way. */
let decoyHash: Promise<string> | undefined;
async function spendAsLongAsAVerification(password: string): Promise<void> {
  decoyHash ??= hashPassword('decoy password for timing');
  await verifyPassword({ hash: await decoyHash, password });
}

const localeOf = (value: string | undefined): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

/**
 * Sign-in, open to anyone by nature: the checks are the limits per account and per address
 * (lib/auth/throttle.ts), and a refusal never says whether the e-mail or the password was wrong.
 */
export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { password: _password, ...values } = formData instanceof FormData ? formValues(formData) : {};
  const locale = localeOf(values.locale);
  const parsed = SignInSchema.safeParse({ ...values, password: formData instanceof FormData ? formData.get('password') : undefined });
  if (!parsed.success) return { status: 'invalid', ...fieldErrors(parsed.error.issues), values };

  const requestHeaders = await headers();
  const keys: ThrottleKey[] = [
    { kind: 'email', value: parsed.data.email },
    { kind: 'ip', value: clientAddress(requestHeaders) },
  ];
  if (await lockedUntil(keys)) return { status: 'invalid', fieldErrors: {}, formError: 'signInLocked', values };

  const candidate = await findSignInCandidate(parsed.data.email);
  const isRefusedAccount = candidate !== null && (!candidate.isActive || (candidate.isDemo && process.env.NODE_ENV === 'production'));
  let isSignedIn = false;
  if (candidate && !isRefusedAccount) {
    try {
      await auth.api.signInEmail({
        body: { email: parsed.data.email, password: parsed.data.password, rememberMe: false },
        headers: requestHeaders,
      });
      isSignedIn = true;
    } catch (error) {
      if (!(error instanceof APIError)) throw error;
    }
  } else {
    await spendAsLongAsAVerification(parsed.data.password);
  }
  if (!isSignedIn) {
    await recordFailure(keys);
    const isNowLocked = (await lockedUntil(keys)) !== null;
    return { status: 'invalid', fieldErrors: {}, formError: isNowLocked ? 'signInLocked' : 'signInFailed', values };
  }
  await recordSuccess(parsed.data.email);
  if (candidate?.mustChangePassword) redirect({ href: '/admin/account/password', locale });
  if (parsed.data.next) redirectToLocalizedPath(parsed.data.next);
  redirect({ href: '/admin', locale });
}

/** Signing out ends this session; anyone may call it. */
export async function signOutAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData instanceof FormData ? String(formData.get('locale') ?? '') : undefined);
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  redirect({ href: '/admin/sign-in?signedOut=1', locale });
}

export const changeOwnPasswordAction = defineAction({
  permission: 'account.manage',
  schema: ChangePasswordSchema,
  run: (input, { actor }) => changeOwnPassword(actor, { ...input, sessionId: actor.sessionId }),
  onSuccess: (_result, { locale }) => redirect({ href: '/admin?passwordChanged=1', locale }),
});
