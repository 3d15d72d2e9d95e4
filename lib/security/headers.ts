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

/** For responses that are data, not pages (the API, downloads, feeds): nothing may run or frame them. */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Sent with every response (next.config.ts). */
export function commonSecurityHeaders(): { key: string; value: string }[] {
  const headers = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
  if (process.env.NODE_ENV === 'production') {
    // Browsers ignore it over plain http (localhost); behind TLS it pins HTTPS for two years.
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' });
  }
  return headers;
}
