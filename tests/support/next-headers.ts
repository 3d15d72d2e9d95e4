// next/headers for code running under Vitest: the "current request" is whatever the test set
// with setRequest(). Cookies set by the code (better-auth's session cookie) are recorded.
type Cookie = { name: string; value: string };

let requestHeaders = new Headers();
export const setCookies: Cookie[] = [];

/**
 * `ip` is the socket's peer, as the portal's server (scripts/next-server.mjs) writes it; `headers`
 * are what the client sent besides (a forged X-Forwarded-For …).
 */
export function setRequest(options: { cookie?: string; ip?: string; headers?: Record<string, string> } = {}): void {
  requestHeaders = new Headers({ ...options.headers, 'x-registry-peer-address': options.ip ?? '203.0.113.1', 'user-agent': 'vitest' });
  if (options.cookie) requestHeaders.set('cookie', options.cookie);
  setCookies.length = 0;
}

export async function headers(): Promise<Headers> {
  return requestHeaders;
}

function parseCookies(): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (requestHeaders.get('cookie') ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name) jar.set(name, rest.join('='));
  }
  return jar;
}

export async function cookies() {
  const jar = parseCookies();
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string | Cookie, value?: string) => {
      const cookie = typeof name === 'string' ? { name, value: value ?? '' } : name;
      setCookies.push({ name: cookie.name, value: cookie.value });
    },
    delete: (name: string) => setCookies.push({ name, value: '' }),
  };
}

export function draftMode() {
  return { isEnabled: false, enable() {}, disable() {} };
}
