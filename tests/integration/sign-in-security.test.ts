// Issue 13, signing in and sessions as an attacker would try them: the per-address limit counts
// the connection's address whatever headers say; sessions end after 8 hours and after 30 idle
// minutes, by the server's own clock; cookies are Secure in production; a temporary password
// expires after 72 hours; guessable passwords are refused and no answer carries a password back;
// guessing the current password is limited like signing in.
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { IDLE, type ActionState } from '@/lib/core/action-state';
import type { PrismaClient } from '@/lib/create-prisma-client';
import { setRequest } from '../support/next-headers';
import { ACTION_CASES } from './support/action-cases';
import { actAs, createActor, PASSWORD } from './support/actors';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = (await import('@/lib/db')).db;
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const formOf = (values: Record<string, string>) => {
  const formData = new FormData();
  for (const [key, value] of Object.entries({ locale: 'en', ...values })) formData.set(key, value);
  return formData;
};

async function answer(action: (state: ActionState, formData: FormData) => Promise<ActionState>, values: Record<string, string>) {
  try {
    return await action(IDLE, formOf(values));
  } catch (error) {
    if (isRedirectError(error)) return 'redirected' as const;
    throw error;
  }
}

async function signIn(email: string, password: string, options: { ip: string; headers?: Record<string, string> }) {
  const { signInAction } = await import('@/lib/account/actions');
  setRequest(options);
  return answer(signInAction, { email, password });
}

describe('the per-address sign-in limit', () => {
  it('counts the connection’s address: forged X-Forwarded-For and X-Real-IP do not escape it', async () => {
    const peer = '198.51.100.200';
    for (let attempt = 1; attempt <= 20; attempt++) {
      const forged = { 'x-forwarded-for': '192.0.2.200', 'x-real-ip': `192.0.2.${attempt}` };
      await signIn(`nobody-${attempt}@test.example`, 'wrong password!', { ip: peer, headers: forged });
    }
    const staff = await createActor('staff');
    const next = { 'x-forwarded-for': '192.0.2.201', 'x-real-ip': '192.0.2.201' };
    expect(await signIn(staff.email!, PASSWORD, { ip: peer, headers: next })).toMatchObject({ formError: 'signInLocked' });
    expect(await prisma.signInThrottle.findUnique({ where: { key: 'ip:192.0.2.200' } })).toBeNull();
    expect(await prisma.signInThrottle.findUnique({ where: { key: 'ip:192.0.2.201' } })).toBeNull();
  });

  it('behind a trusted proxy counts the address the proxy wrote, and stores it with the session', async () => {
    vi.stubEnv('REGISTRY_TRUSTED_PROXIES', '127.0.0.1');
    const staff = await createActor('staff');
    const viaProxy = { ip: '127.0.0.1', headers: { 'x-real-ip': '203.0.113.77', 'x-forwarded-for': '192.0.2.9, 203.0.113.77' } };
    expect(await signIn(staff.email!, PASSWORD, viaProxy)).toBe('redirected');
    const user = await prisma.user.findUniqueOrThrow({ where: { email: staff.email! } });
    const session = await prisma.session.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: 'desc' } });
    expect(session.ipAddress).toBe('203.0.113.77');
    // Reached straight, not through the proxy, X-Real-IP is the client's own writing: ignored.
    expect(await signIn(staff.email!, PASSWORD, { ip: '198.51.100.9', headers: { 'x-real-ip': '203.0.113.77' } })).toBe('redirected');
    const direct = await prisma.session.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: 'desc' } });
    expect(direct.ipAddress).toBe('198.51.100.9');
  });
});

describe('a session', () => {
  async function signedIn() {
    const staff = await createActor('staff');
    const user = await prisma.user.findUniqueOrThrow({ where: { email: staff.email! }, include: { sessions: true } });
    return { staff, sessionId: user.sessions[0]!.id };
  }
  const current = async () => (await import('@/lib/auth/session')).getCurrentUser();
  const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);

  it('is stored for eight hours, not better-auth’s day', async () => {
    const { sessionId } = await signedIn();
    const session = await prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBeLessThanOrEqual(8 * 3_600_000 + 1_000);
  });

  it('is refused when its cookie is altered: the token is signed and looked up in the database', async () => {
    const { staff } = await signedIn();
    const cookie = staff.cookie!;
    const at = cookie.indexOf('=') + 6;
    actAs({ ...staff, cookie: `${cookie.slice(0, at)}${cookie[at] === 'A' ? 'B' : 'A'}${cookie.slice(at + 1)}` });
    expect(await current()).toBeNull();
    actAs(staff);
    expect((await current())?.email).toBe(staff.email);
  });

  it('is refused eight hours after sign-in, however active, and is deleted', async () => {
    const { staff, sessionId } = await signedIn();
    await prisma.session.update({ where: { id: sessionId }, data: { createdAt: ago(8 * 60 - 1), lastActiveAt: ago(1) } });
    actAs(staff);
    expect((await current())?.email).toBe(staff.email);
    await prisma.session.update({ where: { id: sessionId }, data: { createdAt: ago(8 * 60 + 1), lastActiveAt: ago(1) } });
    actAs(staff);
    expect(await current()).toBeNull();
    expect(await prisma.session.findUnique({ where: { id: sessionId } })).toBeNull();
  });

  it('is refused after thirty minutes without a request, and kept alive by requests', async () => {
    const { staff, sessionId } = await signedIn();
    await prisma.session.update({ where: { id: sessionId }, data: { lastActiveAt: ago(29) } });
    actAs(staff);
    expect((await current())?.email).toBe(staff.email);
    // That request was activity: it was written down.
    const touched = await prisma.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(Date.now() - touched.lastActiveAt.getTime()).toBeLessThan(60_000);
    await prisma.session.update({ where: { id: sessionId }, data: { lastActiveAt: ago(31) } });
    actAs(staff);
    expect(await current()).toBeNull();
  });
});

describe('a temporary password', () => {
  it('is refused once its 72 hours are over, saying why only to whoever knows it', async () => {
    const staff = await createActor('staff', { mustChangePassword: true });
    expect(await signIn(staff.email!, PASSWORD, { ip: '198.51.100.31' })).toBe('redirected');
    await prisma.user.update({ where: { email: staff.email! }, data: { temporaryPasswordExpiresAt: new Date(Date.now() - 1_000) } });
    expect(await signIn(staff.email!, PASSWORD, { ip: '198.51.100.32' })).toMatchObject({ formError: 'temporaryPasswordExpired' });
    expect(await signIn(staff.email!, 'not the temporary one', { ip: '198.51.100.33' })).toMatchObject({ formError: 'signInFailed' });
    // A session it opened earlier ends too.
    actAs(staff);
    expect(await (await import('@/lib/auth/session')).getCurrentUser()).toBeNull();
  });

  it('is issued for 72 hours by an administrator', async () => {
    const { createUserAction } = await import('@/lib/users/actions');
    actAs(await createActor('admin'));
    const email = `temporary-${Date.now()}@test.example`;
    expect(await answer(createUserAction, { email, name: 'New', role: 'staff' })).toMatchObject({ status: 'success' });
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    const hours = (user.temporaryPasswordExpiresAt!.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);
  });
});

describe('passwords', () => {
  const change = async (values: Record<string, string>) => {
    const { changeOwnPasswordAction } = await import('@/lib/account/actions');
    return answer(changeOwnPasswordAction, values);
  };

  it('refuses common and patterned passwords, saying why in the user’s language', async () => {
    actAs(await createActor('staff'));
    for (const [password, why] of [
      ['aaaaaaaaaaaa', 'passwordRepeat'],
      ['password1234', 'passwordCommon'],
    ] as const) {
      expect(await change({ currentPassword: PASSWORD, newPassword: password, confirmPassword: password })).toEqual({
        status: 'invalid',
        fieldErrors: { newPassword: [why] },
        values: { locale: 'en' },
      });
    }
    const [ko, en] = await Promise.all([import('@/messages/ko.json'), import('@/messages/en.json')]);
    expect(ko.Errors.passwordRepeat).toMatch(/되풀이/);
    expect(en.Errors.passwordCommon).toMatch(/common/);
  });

  it('never come back in any action’s answer, whatever the answer', async () => {
    const { ROLES } = await import('@/lib/auth/roles');
    const modules = import.meta.glob<Record<string, (...args: unknown[]) => Promise<unknown>>>(['/lib/**/actions.ts']);
    const marker = 'Zq9-secret-marker-';
    const secrets = { password: `${marker}1`, currentPassword: `${marker}2`, newPassword: `${marker}3`, confirmPassword: `${marker}4` };
    const actors = await Promise.all(ROLES.map((role) => createActor(role)));
    let answers = 0;
    for (const load of Object.values(modules)) {
      for (const [name, action] of Object.entries(await load())) {
        const actionCase = ACTION_CASES[name];
        if (!actionCase || actionCase.isPlainFormAction) continue;
        for (const actor of [null, ...actors]) {
          if (actor) actAs(actor);
          else setRequest();
          const role = actor?.role;
          for (const payload of [await actionCase.payload(prisma), {}]) {
            const state = await action(IDLE, formOf({ ...payload, ...secrets, email: 'someone@test.example' })).catch((error: unknown) => {
              if (isRedirectError(error)) return 'redirected';
              throw error;
            });
            expect(JSON.stringify(state), `${name} as ${role ?? 'a visitor'}`).not.toContain(marker);
            answers++;
          }
        }
      }
    }
    expect(answers).toBeGreaterThan(100);
  });

  it('limits guesses of the current password like sign-in: five, then the account is locked', async () => {
    const staff = await createActor('staff');
    actAs(staff);
    const next = 'a brand new passphrase for me';
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await change({ currentPassword: `guess number ${attempt}`, newPassword: next, confirmPassword: next })).toMatchObject({
        fieldErrors: { currentPassword: ['currentPasswordWrong'] },
      });
    }
    expect(await change({ currentPassword: 'guess number 5', newPassword: next, confirmPassword: next })).toMatchObject({
      formError: 'passwordCheckLocked',
    });
    // Locked: even the right one is not checked, and signing in is locked too.
    expect(await change({ currentPassword: PASSWORD, newPassword: next, confirmPassword: next })).toMatchObject({
      formError: 'passwordCheckLocked',
    });
    expect(await signIn(staff.email!, PASSWORD, { ip: '198.51.100.44' })).toMatchObject({ formError: 'signInLocked' });
  });
});
