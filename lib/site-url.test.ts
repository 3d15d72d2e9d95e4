import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSiteUrl, siteUrl, siteUrlMismatch } from './site-url';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the public origin (SITE_URL)', () => {
  it('is the configured origin, without a trailing slash', () => {
    expect(readSiteUrl({ SITE_URL: 'https://registry.example.kr/', NODE_ENV: 'production' })).toEqual({
      origin: 'https://registry.example.kr',
    });
    expect(readSiteUrl({ SITE_URL: ' http://127.0.0.1:3100 ', NODE_ENV: 'production' })).toEqual({ origin: 'http://127.0.0.1:3100' });
  });

  it('is refused when production has none, saying what to set', () => {
    const read = readSiteUrl({ NODE_ENV: 'production' });
    expect(read).toEqual({ problem: expect.stringMatching(/^SITE_URL is not set\. .*SITE_URL=https:\/\//) });
    expect(readSiteUrl({ SITE_URL: '  ', NODE_ENV: 'production' })).toHaveProperty('problem');
  });

  it('is localhost in development and the tests', () => {
    expect(readSiteUrl({ NODE_ENV: 'development' })).toEqual({ origin: 'http://localhost:3000' });
    expect(readSiteUrl({})).toEqual({ origin: 'http://localhost:3000' });
  });

  it('must be an origin alone: no path, query, credentials or other scheme', () => {
    for (const value of [
      'registry.example.kr',
      'https://registry.example.kr/ko',
      'https://a@registry.example.kr',
      'ftp://x.kr',
      'https://x.kr/?a=1',
    ]) {
      expect(readSiteUrl({ SITE_URL: value, NODE_ENV: 'development' }), value).toHaveProperty('problem');
    }
  });

  it('throws from siteUrl() in production without one', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SITE_URL', '');
    expect(() => siteUrl()).toThrow(/SITE_URL is not set/);
    vi.stubEnv('SITE_URL', 'https://registry.example.kr');
    expect(siteUrl()).toBe('https://registry.example.kr');
  });

  it('must be the origin the build was made for', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SITE_URL', 'https://registry.example.kr');
    expect(siteUrlMismatch('https://registry.example.kr')).toBeNull();
    expect(siteUrlMismatch('http://localhost:3000')).toMatch(
      /made for SITE_URL=http:\/\/localhost:3000 .*started with SITE_URL=https:\/\/registry\.example\.kr/,
    );
    vi.stubEnv('SITE_URL', '');
    expect(siteUrlMismatch('https://registry.example.kr')).toMatch(/SITE_URL is not set/);
  });
});
