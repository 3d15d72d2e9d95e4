// better-auth: e-mail and password sign-in, scrypt hashes (memory-hard), sessions stored in the
// database. No HTTP endpoint is mounted: the app signs in and out through its own server actions
// (lib/account/actions.ts), which add what better-auth does not do for server-side calls:
// per-account and per-address rate limits kept in the database.
import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { db } from '@/lib/db';
import { authEnv } from '@/lib/env';
import { siteUrl } from '@/lib/site-url';

/** Sessions last a working day; activity within the last hour keeps them alive. */
export const SESSION_SECONDS = 8 * 60 * 60;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export const auth = betterAuth({
  appName: 'Lifelong Learning Cities Registry',
  baseURL: siteUrl(),
  secret: authEnv().BETTER_AUTH_SECRET,
  database: prismaAdapter(db, { provider: 'postgresql' }),
  emailAndPassword: {
    enabled: true,
    // Accounts are created by administrators (lib/users) or `npm run user:create`, never by sign-up.
    disableSignUp: true,
    minPasswordLength: MIN_PASSWORD_LENGTH,
    maxPasswordLength: MAX_PASSWORD_LENGTH,
    revokeSessionsOnPasswordReset: true,
  },
  session: {
    expiresIn: SESSION_SECONDS,
    updateAge: 60 * 60,
    // Off, so a deactivated user or a revoked session is refused on the very next request.
    cookieCache: { enabled: false },
  },
  user: {
    additionalFields: {
      role: { type: 'string', input: false, required: false },
      isActive: { type: 'boolean', input: false, required: false },
      mustChangePassword: { type: 'boolean', input: false, required: false },
      isDemo: { type: 'boolean', input: false, required: false },
    },
  },
  advanced: {
    cookiePrefix: 'registry',
    // HttpOnly and SameSite=Lax always; Secure whenever NODE_ENV is production (better-auth's default).
    defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
  },
  // better-auth's own limiter covers its HTTP endpoints, which are not mounted here.
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});
