// Locale routing (next-intl), and one convenience: a visitor without a session cookie who asks
// for a page of the signed-in area is sent to sign in, and back afterwards. It never decides who
// may see or do what: every page and action of that area checks the session and role itself.
import { getSessionCookie } from 'better-auth/cookies';
import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

const intl = createMiddleware(routing);
const SIGNED_IN_AREA = /^\/(ko|en)\/admin(?:\/(?!sign-in(?:\/|$)).*)?$/;

export default function proxy(request: NextRequest) {
  const match = request.nextUrl.pathname.match(SIGNED_IN_AREA);
  if (match && request.method === 'GET' && !getSessionCookie(request, { cookiePrefix: 'registry' })) {
    const signIn = new URL(`/${match[1]}/admin/sign-in`, request.url);
    signIn.searchParams.set('next', `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }
  return intl(request);
}

export const config = {
  matcher: ['/((?!api|_next|.*\\..*).*)'],
};
