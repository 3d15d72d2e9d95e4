// Issue 13: the session cookie is Secure whenever NODE_ENV is production (better-auth would follow
// SITE_URL's scheme), unless REGISTRY_PLAIN_HTTP=true says the site runs on plain HTTP for a local
// trial. Alone in its file: it loads the auth module afresh for each environment.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, PASSWORD } from './support/actors';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('the session cookie', () => {
  it('gets a Secure cookie whenever NODE_ENV is production, unless told the site runs on plain HTTP', async () => {
    const cookieOf = async () => {
      vi.resetModules();
      const { auth } = await import('@/lib/auth/auth');
      const staff = await createActor('staff');
      const response = await auth.api.signInEmail({ body: { email: staff.email!, password: PASSWORD }, asResponse: true });
      return response.headers.getSetCookie().find((cookie) => cookie.includes('session_token'))!;
    };
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SITE_URL', 'http://registry.example');
    const secure = await cookieOf();
    expect(secure).toMatch(/^__Secure-registry\.session_token=/);
    expect(secure).toMatch(/; Secure/i);
    expect(secure).toMatch(/; HttpOnly/i);
    vi.stubEnv('REGISTRY_PLAIN_HTTP', 'true');
    expect(await cookieOf()).not.toMatch(/; Secure/i);
  });
});
