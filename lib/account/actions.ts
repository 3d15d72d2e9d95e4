'use server';

import { APIError } from 'better-auth/api';
import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { headers } from 'next/headers';
import { defineAction } from '@/lib/actions/define-action';
import { formValues, withoutSecrets } from '@/lib/actions/form-values';
import { fieldErrors } from '@/lib/actions/issues';
import type { ActionState } from '@/lib/core/action-state';
import { RuleError } from '@/lib/core/errors';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/core/locales';
import { isDatabaseUnavailable } from '@/lib/core/unavailable';
import { auth, CLIENT_ADDRESS_HEADER } from '@/lib/auth/auth';
import { requestOrigin, type RequestOrigin } from '@/lib/auth/client-address';
import { recordFailure, recordSuccess } from '@/lib/auth/mutations';
import { passwordWeakness } from '@/lib/auth/password-strength';
import { ChangePasswordSchema, SignInSchema } from '@/lib/auth/schemas';
import { findPasswordHash, findSignInCandidate, lockedUntil } from '@/lib/auth/queries';
import { getCurrentUser, notePasswordChanged } from '@/lib/auth/session';
import { isTemporaryPasswordExpired } from '@/lib/auth/session-rules';
import type { ThrottleKey } from '@/lib/auth/throttle';
import { redirect, redirectToLocalizedPath } from '@/lib/i18n/navigation';
import { recordSecurityEvent } from '@/lib/security-log/mutations';
import { changeOwnPassword } from './mutations';

/** Checked against when no account can sign in, so a refusal takes as long either way. */
let decoyHash: Promise<string> | undefined;
async function spendAsLongAsAVerification(password: string): Promise<void> {
  decoyHash ??= hashPassword('decoy password for timing');
  await verifyPassword({ hash: await decoyHash, password });
}

const localeOf = (value: string | undefined): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);

/** The limits a password guess counts against: the account's and the address's (lib/auth/throttle.ts). */
const throttleKeys = (email: string, origin: RequestOrigin): ThrottleKey[] => [
  { kind: 'email', value: email },
  { kind: 'ip', value: origin.address },
];

/** better-auth records the session's address from this header, set here from the connection. */
function headersForAuth(requestHeaders: Headers, origin: RequestOrigin): Headers {
  const copy = new Headers(requestHeaders);
  copy.set(CLIENT_ADDRESS_HEADER, origin.address);
  return copy;
}

type SignInOutcome = 'signedIn' | 'failed' | 'locked' | 'expired';

/** Tries the password; every outcome is written to the security log. */
async function attemptSignIn(input: { email: string; password: string }, requestHeaders: Headers): Promise<SignInOutcome> {
  const origin = requestOrigin(requestHeaders);
  const keys = throttleKeys(input.email, origin);
  const candidate = await findSignInCandidate(input.email);
  const event = { email: input.email, userId: candidate?.id ?? null, origin };
  if (await lockedUntil(keys)) {
    await recordSecurityEvent({ kind: 'lockout', ...event, detail: { reason: 'locked' } });
    return 'locked';
  }
  const isRefusedAccount = candidate !== null && (!candidate.isActive || (candidate.isDemo && process.env.NODE_ENV === 'production'));
  let outcome: SignInOutcome = 'failed';
  if (candidate && !isRefusedAccount && isTemporaryPasswordExpired(candidate, new Date())) {
    // Only once the password is right does the refusal say why: it is a temporary one, expired.
    const hash = await findPasswordHash(candidate.id);
    if (hash && (await verifyPassword({ hash, password: input.password }))) outcome = 'expired';
  } else if (candidate && !isRefusedAccount) {
    try {
      await auth.api.signInEmail({
        body: { email: input.email, password: input.password, rememberMe: false },
        headers: headersForAuth(requestHeaders, origin),
      });
      outcome = 'signedIn';
    } catch (error) {
      if (!(error instanceof APIError) || isDatabaseUnavailable(error)) throw error;
    }
  } else {
    await spendAsLongAsAVerification(input.password);
  }
  if (outcome === 'signedIn') {
    await recordSuccess(input.email);
    await recordSecurityEvent({ kind: 'sign_in_success', ...event });
    return outcome;
  }
  await recordFailure(keys);
  await recordSecurityEvent({
    kind: 'sign_in_failure',
    ...event,
    detail: { reason: outcome === 'expired' ? 'temporaryPasswordExpired' : 'credentials' },
  });
  if ((await lockedUntil(keys)) !== null) {
    await recordSecurityEvent({ kind: 'lockout', ...event, detail: { reason: 'limitReached' } });
    return 'locked';
  }
  return outcome;
}

const SIGN_IN_ERRORS = { failed: 'signInFailed', locked: 'signInLocked', expired: 'temporaryPasswordExpired' } as const;

/**
 * Sign-in, open to anyone by nature: the checks are the limits per account and per address
 * (lib/auth/throttle.ts), and a refusal never says whether the e-mail or the password was wrong.
 */
export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = withoutSecrets(formData instanceof FormData ? formValues(formData) : {});
  const locale = localeOf(values.locale);
  const parsed = SignInSchema.safeParse({ ...values, password: formData instanceof FormData ? formData.get('password') : undefined });
  if (!parsed.success) return { status: 'invalid', ...fieldErrors(parsed.error.issues), values };

  let outcome: SignInOutcome;
  try {
    outcome = await attemptSignIn(parsed.data, await headers());
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { status: 'error', formError: 'serviceUnavailable', values };
    throw error;
  }
  if (outcome !== 'signedIn') return { status: 'invalid', fieldErrors: {}, formError: SIGN_IN_ERRORS[outcome], values };
  const candidate = await findSignInCandidate(parsed.data.email);
  if (candidate?.mustChangePassword) redirect({ href: '/admin/account/password', locale });
  if (parsed.data.next) redirectToLocalizedPath(parsed.data.next);
  redirect({ href: '/admin', locale });
}

/** Signing out ends this session; anyone may call it. */
export async function signOutAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData instanceof FormData ? String(formData.get('locale') ?? '') : undefined);
  const requestHeaders = await headers();
  const user = await getCurrentUser().catch(() => null);
  await auth.api.signOut({ headers: requestHeaders }).catch(() => undefined);
  if (user) {
    await recordSecurityEvent({ kind: 'sign_out', userId: user.id, email: user.email, origin: requestOrigin(requestHeaders) }).catch(
      () => undefined,
    );
  }
  redirect({ href: '/admin/sign-in?signedOut=1', locale });
}

/**
 * One's own password. The new one must not be guessable (lib/auth/password-strength.ts); guessing
 * the current one counts against the same limits as signing in, account and address alike.
 */
export const changeOwnPasswordAction = defineAction({
  permission: 'account.manage',
  schema: ChangePasswordSchema,
  run: async (input, { actor, origin }) => {
    const weakness = passwordWeakness(input.newPassword, [actor.email, actor.name]);
    if (weakness) throw new RuleError(weakness, 'newPassword');
    const keys = throttleKeys(actor.email, origin);
    if (await lockedUntil(keys)) throw new RuleError('passwordCheckLocked');
    try {
      await changeOwnPassword(actor, { ...input, sessionId: actor.sessionId }, origin);
    } catch (error) {
      if (!(error instanceof RuleError && error.messageKey === 'currentPasswordWrong')) throw error;
      await recordFailure(keys);
      await recordSecurityEvent({
        kind: 'sign_in_failure',
        userId: actor.id,
        email: actor.email,
        origin,
        detail: { reason: 'currentPassword' },
      });
      if (await lockedUntil(keys)) {
        await recordSecurityEvent({ kind: 'lockout', userId: actor.id, email: actor.email, origin, detail: { reason: 'limitReached' } });
        throw new RuleError('passwordCheckLocked');
      }
      throw error;
    }
    notePasswordChanged(actor);
  },
  onSuccess: (_result, { locale }) => redirect({ href: '/admin?passwordChanged=1', locale }),
});
