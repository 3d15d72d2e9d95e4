// Locale routing only: sends "/" and unprefixed paths to /ko/… or /en/… (by the visitor's
// language). It never decides who may see what: authorization lives in actions and queries.
import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

export default createMiddleware(routing);

export const config = {
  matcher: ['/((?!api|_next|.*\\..*).*)'],
};
