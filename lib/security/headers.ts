// Security headers (issue 7). Public pages are prerendered, so their Content-Security-Policy is
// static and allows Next's inline bootstrap scripts ('unsafe-inline'); a nonce would force every
// public page to render per request (PLATFORM.md). The signed-in area renders per request anyway
// and gets a per-request nonce instead. Never 'unsafe-eval' in production: React's development
// build needs it for its debugging aids, and only `npm run dev` gets it.
const isDevelopment = () => process.env.NODE_ENV === 'development';

function policy(scriptSources: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptSources.join(' ')}${isDevelopment() ? " 'unsafe-eval'" : ''}`,
    // React style attributes (the map legend's swatches) and Next's own style tags.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const publicCsp = (): string => policy(["'unsafe-inline'"]);

/** 'strict-dynamic' lets the nonce-carrying bootstrap load Next's chunks; 'self' is the fallback for older browsers. */
export const signedInCsp = (nonce: string): string => policy([`'nonce-${nonce}'`, "'strict-dynamic'"]);

// The headers every response carries, shared with the portal's server (scripts/next-server.mjs).
export { commonSecurityHeaders, DATA_CSP } from './common-headers.cjs';
