// The address a request came from — for the per-address sign-in limit, the sessions table and the
// security log — never from a header the client can write (issue 13). `next start` fills
// X-Forwarded-For only when the request has none, so whatever is there may be the client's own.
//
// - Reached directly: the socket's peer. The portal's server (scripts/next-server.mjs) writes it
//   into PEER_HEADER on every request, overwriting anything the client sent under that name.
// - Behind a proxy: only when the peer is one of REGISTRY_TRUSTED_PROXIES (the proxies' addresses
//   as the portal sees them, comma-separated, e.g. `127.0.0.1,::1`), the X-Real-IP header, which
//   the shipped recipe (deploy/nginx.conf) overwrites with the address nginx was connected from.
//   Unset, no proxy is trusted: the default is safe, and behind nginx every visitor then shares
//   nginx's address (README, In production).
// Without the portal's server (`next dev`) there is no peer: every request counts as 'unknown'.

/** Written by scripts/next-server.mjs from the socket; keep the two in step. */
export const PEER_HEADER = 'x-registry-peer-address';
/** Written by the proxy recipe: `proxy_set_header X-Real-IP $remote_addr`. */
export const PROXY_HEADER = 'x-real-ip';

/** One spelling per address: IPv4 seen through an IPv6 socket ('::ffff:127.0.0.1') as IPv4. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

function trustedProxies(): Set<string> {
  return new Set(
    (process.env.REGISTRY_TRUSTED_PROXIES ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map(normalizeAddress),
  );
}

/** An address as written by a trusted party: IPv4 or IPv6 characters only, or nothing. */
const ADDRESS = /^[0-9a-f.:]{2,45}$/;

export function clientAddress(headers: Headers): string {
  const peer = normalizeAddress(headers.get(PEER_HEADER) ?? '');
  if (!ADDRESS.test(peer)) return 'unknown';
  if (trustedProxies().has(peer)) {
    const forwarded = normalizeAddress(headers.get(PROXY_HEADER) ?? '');
    return ADDRESS.test(forwarded) ? forwarded : peer;
  }
  return peer;
}

export type RequestOrigin = { address: string; userAgent: string | null };

/** Where a request came from, for the security log: its address and (trimmed) user agent. */
export function requestOrigin(headers: Headers): RequestOrigin {
  return { address: clientAddress(headers), userAgent: headers.get('user-agent')?.slice(0, 300) ?? null };
}
