// Locale routing (next-intl), Content-Security-Policy per kind of page (lib/security/headers.ts),
// and one convenience: a visitor without a session cookie who asks for a page of the signed-in
// area is sent to sign in, and back afterwards. It never decides who may see or do what: every
// page and action of that area checks the session and role itself.
// Pages rendered per request (the signed-in area, the search, the registry and map of a day) need
// the database before they can answer; when it does not answer, they get a localized 503 here,
// before rendering commits to 200 (lib/health/database-gate.ts). Pages from the cache keep being
// served; server actions answer "try again" in their own state (lib/actions/define-action.ts).
import { getSessionCookie } from 'better-auth/cookies';
import { type NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { isDatabaseAnswering } from '@/lib/health/database-gate';
import { unavailablePage } from '@/lib/health/unavailable-page';
import { routing } from '@/lib/i18n/routing';
import { commonSecurityHeaders, publicCsp, signedInCsp } from '@/lib/security/headers';

const intl = createMiddleware(routing);
const ADMIN_AREA = /^\/(ko|en)\/admin(?:\/|$)/;
const SIGNED_IN_AREA = /^\/(ko|en)\/admin(?:\/(?!sign-in(?:\/|$)).*)?$/;
/** Pages that read the database for each request (the others are served from the page cache). */
const PER_REQUEST_PAGE = /^\/(ko|en)\/(?:admin(?:\/.*)?|cities|registry|map)$/;

async function unavailable(request: NextRequest, locale: 'ko' | 'en'): Promise<NextResponse> {
  // The home page is the requested path's first segment, its locale.
  const homeHref = request.nextUrl.pathname.split('/').slice(0, 2).join('/');
  const page = unavailablePage({ locale, retryHref: `${request.nextUrl.pathname}${request.nextUrl.search}`, homeHref });
  const response = new NextResponse(request.method === 'HEAD' ? null : page.html, { status: page.status });
  for (const header of commonSecurityHeaders()) response.headers.set(header.key, header.value);
  response.headers.set('Content-Type', 'text/html; charset=utf-8');
  response.headers.set('Content-Security-Policy', publicCsp());
  response.headers.set('Cache-Control', 'no-store');
  response.headers.set('Retry-After', String(page.retryAfter));
  return response;
}

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const perRequest = pathname.match(PER_REQUEST_PAGE);
  const isPageView = (request.method === 'GET' || request.method === 'HEAD') && !request.headers.has('next-action');
  if (perRequest && isPageView && !(await isDatabaseAnswering())) return unavailable(request, perRequest[1] as 'ko' | 'en');
  const match = pathname.match(SIGNED_IN_AREA);
  if (match && request.method === 'GET' && !getSessionCookie(request, { cookiePrefix: 'registry' })) {
    const signIn = new URL(`/${match[1]}/admin/sign-in`, request.url);
    signIn.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  if (ADMIN_AREA.test(pathname)) {
    // Per request: Next reads the nonce from the forwarded CSP header and puts it on its scripts.
    const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
    const csp = signedInCsp(nonce);
    const headers = new Headers(request.headers);
    headers.set('Content-Security-Policy', csp);
    const response = NextResponse.next({ request: { headers } });
    response.headers.set('Content-Security-Policy', csp);
    return response;
  }
  // The benchmark's reference page (only in its build, next.config.ts) has no locale; it still pays
  // for this proxy, as pages do. Elsewhere the path is an unknown page like any other.
  const isBenchReference = pathname === '/bench-reference' && process.env.REGISTRY_BENCH_REFERENCE === 'true';
  const response = isBenchReference ? NextResponse.next() : intl(request);
  response.headers.set('Content-Security-Policy', publicCsp());
  return response;
}

export const config = {
  matcher: ['/((?!api|_next|.*\\..*).*)'],
};
