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
import { SESSION_ABSOLUTE_MS } from './session-rules';
import { siteUrl } from '@/lib/site-url';

/** Sessions last a working day at most; lib/auth/session.ts also ends them after 30 idle minutes. */
export const SESSION_SECONDS = SESSION_ABSOLUTE_MS / 1000;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
/** The address the sign-in action works out (lib/auth/client-address.ts), handed to better-auth
 * for the sessions table under a name no client header can reach: the action sets it on its own
 * copy of the request's headers. */
export const CLIENT_ADDRESS_HEADER = 'x-registry-client-address';

/**
 * Secure cookies whenever NODE_ENV is production (better-auth would decide from SITE_URL's scheme),
 * unless REGISTRY_PLAIN_HTTP=true says the site runs on plain HTTP for a local trial (README).
 * Browsers accept Secure cookies from http://localhost, so `npm start` on this machine needs nothing.
 */
export function isSecureCookies(): boolean {
  return process.env.NODE_ENV === 'production' && process.env.REGISTRY_PLAIN_HTTP !== 'true';
}

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
    // Never extended by better-auth: the 8-hour limit is absolute (lib/auth/session-rules.ts).
    disableSessionRefresh: true,
    // Off, so a deactivated user or a revoked session is refused on the very next request.
    cookieCache: { enabled: false },
    additionalFields: {
      lastActiveAt: { type: 'date', input: false, required: false },
    },
  },
  databaseHooks: {
    session: {
      create: {
        // With `rememberMe: false` (a cookie that ends with the browser) better-auth stores a day,
        // whatever expiresIn says: the database row ends at eight hours too.
        before: async (session) => {
          const limit = new Date(Date.now() + SESSION_ABSOLUTE_MS);
          const expiresAt = new Date(session.expiresAt) < limit ? new Date(session.expiresAt) : limit;
          return { data: { ...session, expiresAt, lastActiveAt: new Date() } };
        },
      },
    },
  },
  user: {
    additionalFields: {
      role: { type: 'string', input: false, required: false },
      isActive: { type: 'boolean', input: false, required: false },
      mustChangePassword: { type: 'boolean', input: false, required: false },
      temporaryPasswordExpiresAt: { type: 'date', input: false, required: false },
      isDemo: { type: 'boolean', input: false, required: false },
    },
  },
  advanced: {
    cookiePrefix: 'registry',
    // HttpOnly and SameSite=Lax always; Secure in production (isSecureCookies above).
    useSecureCookies: isSecureCookies(),
    defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
  },
  // better-auth's own limiter covers its HTTP endpoints, which are not mounted here.
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});
