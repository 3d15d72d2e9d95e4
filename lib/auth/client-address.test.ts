import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress, PEER_HEADER } from './client-address';

afterEach(() => {
  delete process.env.REGISTRY_TRUSTED_PROXIES;
});

const request = (headers: Record<string, string>) => new Headers(headers);

describe('clientAddress', () => {
  it('takes the socket peer the portal server wrote, whatever X-Forwarded-For and X-Real-IP the client sent', () => {
    const headers = request({ [PEER_HEADER]: '203.0.113.7', 'x-forwarded-for': '192.0.2.200', 'x-real-ip': '192.0.2.201' });
    expect(clientAddress(headers)).toBe('203.0.113.7');
  });

  it('reads X-Real-IP only when the peer is a proxy it was told to trust', () => {
    const viaProxy = request({ [PEER_HEADER]: '::ffff:127.0.0.1', 'x-real-ip': '198.51.100.4', 'x-forwarded-for': '192.0.2.200' });
    expect(clientAddress(viaProxy)).toBe('127.0.0.1');
    process.env.REGISTRY_TRUSTED_PROXIES = '127.0.0.1, ::1';
    expect(clientAddress(viaProxy)).toBe('198.51.100.4');
    // Straight from elsewhere, X-Real-IP is the client's own writing and is ignored.
    expect(clientAddress(request({ [PEER_HEADER]: '203.0.113.9', 'x-real-ip': '198.51.100.4' }))).toBe('203.0.113.9');
  });

  it('says unknown without a peer, and never takes a value that is not an address', () => {
    expect(clientAddress(request({ 'x-forwarded-for': '192.0.2.200' }))).toBe('unknown');
    expect(clientAddress(request({ [PEER_HEADER]: 'evil, 1.2.3.4' }))).toBe('unknown');
    process.env.REGISTRY_TRUSTED_PROXIES = '127.0.0.1';
    expect(clientAddress(request({ [PEER_HEADER]: '127.0.0.1', 'x-real-ip': '<script>' }))).toBe('127.0.0.1');
  });
});
