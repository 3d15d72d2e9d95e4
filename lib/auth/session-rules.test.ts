import { describe, expect, it } from 'vitest';
import { isTemporaryPasswordExpired, isTouchDue, sessionEnd, temporaryPasswordExpiry } from './session-rules';

const signedInAt = new Date('2026-12-01T09:00:00+09:00');
const at = (minutes: number) => new Date(signedInAt.getTime() + minutes * 60_000);

describe('a session', () => {
  it('holds while active, up to eight hours after sign-in and not a minute more', () => {
    expect(sessionEnd({ createdAt: signedInAt, lastActiveAt: at(470) }, at(479))).toBeNull();
    expect(sessionEnd({ createdAt: signedInAt, lastActiveAt: at(479) }, at(480))).toBe('absolute');
  });

  it('ends after thirty minutes without a request', () => {
    expect(sessionEnd({ createdAt: signedInAt, lastActiveAt: at(10) }, at(39))).toBeNull();
    expect(sessionEnd({ createdAt: signedInAt, lastActiveAt: at(10) }, at(40))).toBe('idle');
    expect(sessionEnd({ createdAt: signedInAt, lastActiveAt: null }, at(30))).toBe('idle');
  });

  it('writes its activity at most once a minute', () => {
    expect(isTouchDue({ createdAt: signedInAt, lastActiveAt: at(0) }, new Date(at(0).getTime() + 59_000))).toBe(false);
    expect(isTouchDue({ createdAt: signedInAt, lastActiveAt: at(0) }, at(1))).toBe(true);
  });
});

describe('a temporary password', () => {
  it('signs in for 72 hours after it was issued', () => {
    const expiresAt = temporaryPasswordExpiry(signedInAt);
    expect(expiresAt.toISOString()).toBe('2026-12-04T00:00:00.000Z');
    expect(isTemporaryPasswordExpired({ mustChangePassword: true, temporaryPasswordExpiresAt: expiresAt }, at(72 * 60 - 1))).toBe(false);
    expect(isTemporaryPasswordExpired({ mustChangePassword: true, temporaryPasswordExpiresAt: expiresAt }, at(72 * 60))).toBe(true);
  });

  it('is no concern once replaced, and counts as expired when its expiry was never recorded', () => {
    expect(isTemporaryPasswordExpired({ mustChangePassword: false, temporaryPasswordExpiresAt: null }, at(0))).toBe(false);
    expect(isTemporaryPasswordExpired({ mustChangePassword: true, temporaryPasswordExpiresAt: null }, at(0))).toBe(true);
  });
});
