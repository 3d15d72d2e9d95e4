// Sign-in limits per account and per address, counted in the database; deactivation takes
// effect at once; the refusal never says which of e-mail or password was wrong.
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { IDLE } from '@/lib/core/action-state';
import type { PrismaClient } from '@/lib/create-prisma-client';
import { setRequest } from '../support/next-headers';
import { actAs, createActor, PASSWORD, type TestActor } from './support/actors';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = (await import('@/lib/db')).db;
});
afterEach(() => {
  vi.unstubAllEnvs();
});

async function signIn(email: string, password: string, ip = '198.51.100.7') {
  const { signInAction } = await import('@/lib/account/actions');
  const formData = new FormData();
  formData.set('locale', 'en');
  formData.set('email', email);
  formData.set('password', password);
  setRequest({ ip });
  try {
    return await signInAction(IDLE, formData);
  } catch (error) {
    if (isRedirectError(error)) return 'signed in';
    throw error;
  }
}

describe('signing in', () => {
  it('answers the same for a wrong password and an unknown e-mail', async () => {
    const staff = await createActor('staff');
    const wrongPassword = await signIn(staff.email!, 'not the password at all', '198.51.100.1');
    const unknownEmail = await signIn('nobody-here@test.example', PASSWORD, '198.51.100.2');
    const { values: _typed, ...refusal } = wrongPassword as { values: unknown };
    expect(refusal).toEqual({ status: 'invalid', fieldErrors: {}, formError: 'signInFailed' });
    expect(unknownEmail).toMatchObject(refusal);
    expect(JSON.stringify(wrongPassword)).not.toContain('not the password');
    expect(await signIn(staff.email!, PASSWORD, '198.51.100.3')).toBe('signed in');
  });

  it('locks an account after five failures, even with the right password, whatever the address', async () => {
    const staff = await createActor('staff');
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await signIn(staff.email!, `wrong password ${attempt}`, `192.0.2.${attempt}`)).toMatchObject({ formError: 'signInFailed' });
    }
    expect(await signIn(staff.email!, 'wrong password 5', '192.0.2.5')).toMatchObject({ formError: 'signInLocked' });
    expect(await signIn(staff.email!, PASSWORD, '192.0.2.6')).toMatchObject({ formError: 'signInLocked' });
    const row = await prisma.signInThrottle.findUniqueOrThrow({ where: { key: `email:${staff.email}` } });
    expect(row.failures).toBe(5);
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it('locks an address after twenty failures across accounts', async () => {
    const ip = '203.0.113.99';
    for (let attempt = 1; attempt <= 20; attempt++) await signIn(`someone-${attempt}@test.example`, 'wrong password!', ip);
    const staff = await createActor('staff');
    expect(await signIn(staff.email!, PASSWORD, ip)).toMatchObject({ formError: 'signInLocked' });
    expect(await signIn(staff.email!, PASSWORD, '203.0.113.100')).toBe('signed in');
  });

  it('refuses a deactivated user at once, session and sign-in alike', async () => {
    const { getCurrentUser } = await import('@/lib/auth/session');
    const admin = await createActor('admin');
    const staff: TestActor = await createActor('staff');
    actAs(staff);
    expect((await getCurrentUser())?.email).toBe(staff.email);

    const { setUserActiveAction } = await import('@/lib/users/actions');
    const user = await prisma.user.findUniqueOrThrow({ where: { email: staff.email! } });
    actAs(admin);
    const formData = new FormData();
    for (const [key, value] of Object.entries({ userId: user.id, isActive: 'false', version: String(user.version) }))
      formData.set(key, value);
    // Done, the action returns to the users list (issue 14), which shows the new state.
    await expect(setUserActiveAction(IDLE, formData)).rejects.toThrow('NEXT_REDIRECT');
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).isActive).toBe(false);

    actAs(staff);
    const { getCurrentUser: fresh } = await import('@/lib/auth/session');
    expect(await fresh()).toBeNull();
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await signIn(staff.email!, PASSWORD, '198.51.100.50')).toMatchObject({ formError: 'signInFailed' });
  });

  it('does not let an administrator demote or deactivate their own account', async () => {
    const { changeUserRoleAction, setUserActiveAction } = await import('@/lib/users/actions');
    const admin = await createActor('admin');
    const me = await prisma.user.findUniqueOrThrow({ where: { email: admin.email! } });
    actAs(admin);
    const role = new FormData();
    for (const [key, value] of Object.entries({ userId: me.id, role: 'staff', version: String(me.version) })) role.set(key, value);
    expect(await changeUserRoleAction(IDLE, role)).toMatchObject({ status: 'invalid', fieldErrors: { role: ['cannotChangeOwnAccount'] } });
    const active = new FormData();
    for (const [key, value] of Object.entries({ userId: me.id, isActive: 'false', version: String(me.version) })) active.set(key, value);
    expect(await setUserActiveAction(IDLE, active)).toMatchObject({ status: 'invalid', formError: 'cannotChangeOwnAccount' });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({
      role: 'admin',
      isActive: true,
      version: me.version,
    });
  });

  it('lets the development demo accounts in only outside production, session and sign-in alike', async () => {
    const { DEMO_PASSWORD, ensureDemoAccounts } = await import('../../scripts/demo-accounts');
    const { getCurrentUser } = await import('@/lib/auth/session');
    expect(await ensureDemoAccounts(prisma)).toHaveLength(3);
    expect(await ensureDemoAccounts(prisma)).toEqual([]);

    expect(await signIn('staff@demo.example', DEMO_PASSWORD, '198.51.100.60')).toBe('signed in');
    const { auth } = await import('@/lib/auth/auth');
    const response = await auth.api.signInEmail({ body: { email: 'staff@demo.example', password: DEMO_PASSWORD }, asResponse: true });
    const cookie = response.headers
      .getSetCookie()
      .map((header) => header.split(';')[0])
      .join('; ');
    setRequest({ cookie });
    expect((await getCurrentUser())?.email).toBe('staff@demo.example');

    vi.stubEnv('NODE_ENV', 'production');
    setRequest({ cookie });
    expect(await getCurrentUser()).toBeNull();
    expect(await signIn('admin@demo.example', DEMO_PASSWORD, '198.51.100.61')).toMatchObject({ formError: 'signInFailed' });
  });
});
