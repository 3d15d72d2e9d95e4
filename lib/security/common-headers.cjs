// @ts-check
// The headers every response carries (issue 7), in plain CommonJS so that both next.config.ts
// (through lib/security/headers.ts) and the portal's server (scripts/next-server.mjs, which answers
// malformed requests before Next sees them) send the same ones.

const isDevelopment = () => process.env.NODE_ENV === 'development';

/**
 * A page's Content-Security-Policy with the given script sources. Never 'unsafe-eval' in
 * production: React's development build needs it for its debugging aids, and only `npm run dev`
 * gets it.
 * @param {string[]} scriptSources
 */
function policy(scriptSources) {
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

/** Public pages, prerendered: a static policy that allows Next's inline bootstrap scripts. */
const publicCsp = () => policy(["'unsafe-inline'"]);

/** For responses that are data, not pages (the API, downloads, feeds): nothing may run or frame them. */
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/** @returns {{ key: string, value: string }[]} */
function commonSecurityHeaders() {
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

module.exports = { DATA_CSP, commonSecurityHeaders, policy, publicCsp };
