// The address a request came from, for the per-address sign-in limit. `next start` (and a proxy
// in front of it, deploy/README) append the peer's address to X-Forwarded-For; anything before
// it was written by the client and is not trusted. TRUSTED_PROXY_HOPS says how many proxies
// append after the client's own entry (0 without a proxy, 1 behind one nginx).
export function clientAddress(headers: Headers): string {
  const hops = Math.max(0, Number(process.env.TRUSTED_PROXY_HOPS ?? 0) || 0);
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[chain.length - 1 - hops] ?? headers.get('x-real-ip') ?? 'unknown';
}
