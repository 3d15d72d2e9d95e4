import { afterEach, describe, expect, it, vi } from 'vitest';
import { commonSecurityHeaders, publicCsp, signedInCsp } from './headers';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('security headers', () => {
  it('never allow eval in production, and keep frames and plugins out', () => {
    vi.stubEnv('NODE_ENV', 'production');
    for (const csp of [publicCsp(), signedInCsp('abc')]) {
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
    }
  });

  it('let only scripts carrying the request’s nonce run in the signed-in area', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const script = signedInCsp('n0nce')
      .split('; ')
      .find((directive) => directive.startsWith('script-src'));
    expect(script).toBe("script-src 'self' 'nonce-n0nce' 'strict-dynamic'");
  });

  it('pin HTTPS only in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    expect(commonSecurityHeaders().map((header) => header.key)).toContain('Strict-Transport-Security');
    vi.stubEnv('NODE_ENV', 'development');
    expect(commonSecurityHeaders().map((header) => header.key)).not.toContain('Strict-Transport-Security');
    expect(publicCsp()).toContain('unsafe-eval');
  });
});
