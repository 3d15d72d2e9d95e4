import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
});

describe('clientAddress', () => {
  it('trusts only the entry the server appended, not what the client wrote before it', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }))).toBe('203.0.113.7');
  });

  it('skips the proxies it is told about', () => {
    process.env.TRUSTED_PROXY_HOPS = '1';
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 127.0.0.1' }))).toBe('203.0.113.7');
  });

  it('says unknown when nothing tells', () => {
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});
