// Security headers (issue 7). Public pages are prerendered, so their Content-Security-Policy is
// static and allows Next's inline bootstrap scripts ('unsafe-inline'); a nonce would force every
// public page to render per request (PLATFORM.md). The signed-in area renders per request anyway
// and gets a per-request nonce instead. The policies and the headers every response carries live
// in ./common-headers.cjs, shared with the portal's server (scripts/next-server.mjs).
import { policy } from './common-headers.cjs';

export { commonSecurityHeaders, DATA_CSP, publicCsp } from './common-headers.cjs';

/** 'strict-dynamic' lets the nonce-carrying bootstrap load Next's chunks; 'self' is the fallback for older browsers. */
export const signedInCsp = (nonce: string): string => policy([`'nonce-${nonce}'`, "'strict-dynamic'"]);
