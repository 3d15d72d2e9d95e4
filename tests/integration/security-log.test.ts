// Issue 13: the security log records each kind of event, with time, account, address and user
// agent; it is append-only in the database; admins read and filter it.
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { beforeAll, describe, expect, it } from 'vitest';
import { IDLE, type ActionState } from '@/lib/core/action-state';
import type { PrismaClient } from '@/lib/create-prisma-client';
import { SECURITY_EVENT_KINDS } from '@/lib/security-log/schemas';
import { setRequest } from '../support/next-headers';
import { actAs, createActor, PASSWORD } from './support/actors';

let prisma: PrismaClient;
beforeAll(async () => {
  prisma = (await import('@/lib/db')).db;
});

const formOf = (values: Record<string, string>) => {
  const formData = new FormData();
  for (const [key, value] of Object.entries({ locale: 'ko', ...values })) formData.set(key, value);
  return formData;
};
async function run(action: (state: ActionState, formData: FormData) => Promise<ActionState>, values: Record<string, string>) {
  try {
    return await action(IDLE, formOf(values));
  } catch (error) {
    if (isRedirectError(error)) return 'redirected';
    throw error;
  }
}

describe('the security log', () => {
  it('records every kind of event with its account, address and user agent', async () => {
    const [account, users] = await Promise.all([import('@/lib/account/actions'), import('@/lib/users/actions')]);
    const started = await prisma.securityEvent.aggregate({ _max: { id: true } });
    const after = { id: { gt: started._max.id ?? 0n } };
    const staff = await createActor('staff');
    const admin = await createActor('admin');
    const ip = '198.51.100.123';

    // Signing in and out, failing, locked out.
    setRequest({ ip });
    expect(await run(account.signInAction, { email: staff.email!, password: PASSWORD })).toBe('redirected');
    for (let attempt = 1; attempt <= 5; attempt++) {
      setRequest({ ip });
      await run(account.signInAction, { email: staff.email!, password: `wrong password ${attempt}` });
    }
    actAs(staff);
    await account.signOutAction(formOf({})).catch((error: unknown) => {
      if (!isRedirectError(error)) throw error;
    });
    // A refused action; a role changed, an account deactivated and reactivated, a password reset.
    await run(users.createUserAction, { email: 'x@test.example', name: 'X', role: 'staff' });
    const target = await createActor('staff');
    const user = () => prisma.user.findUniqueOrThrow({ where: { email: target.email! } });
    actAs(admin);
    expect(
      await run(users.changeUserRoleAction, { userId: (await user()).id, role: 'ministry', version: String((await user()).version) }),
    ).toMatchObject({
      status: 'success',
    });
    for (const isActive of ['false', 'true']) {
      actAs(admin);
      await run(users.setUserActiveAction, { userId: (await user()).id, isActive, version: String((await user()).version) });
    }
    actAs(admin);
    await run(users.resetUserPasswordAction, { userId: (await user()).id, version: String((await user()).version) });
    // One's own password changed.
    const changer = await createActor('ministry');
    actAs(changer);
    expect(
      await run(account.changeOwnPasswordAction, {
        currentPassword: PASSWORD,
        newPassword: 'another long passphrase of mine',
        confirmPassword: 'another long passphrase of mine',
      }),
    ).toBe('redirected');

    const events = await prisma.securityEvent.findMany({ where: after, orderBy: { id: 'asc' } });
    expect(new Set(events.map((event) => event.kind))).toEqual(new Set(SECURITY_EVENT_KINDS));
    const of = (kind: string) => events.filter((event) => event.kind === kind);
    expect(of('sign_in_success')[0]).toMatchObject({ email: staff.email, address: ip, userAgent: 'vitest' });
    expect(of('sign_in_failure')).toHaveLength(5);
    expect(of('lockout')[0]).toMatchObject({ email: staff.email, detail: { reason: 'limitReached' } });
    expect(of('sign_out')[0]).toMatchObject({ email: staff.email });
    // Signed out, the same browser asks to create a user: refused, and logged as such.
    expect(of('action_refused')[0]).toMatchObject({
      email: null,
      address: '203.0.113.1',
      detail: { permission: 'users.manage', reason: 'anonymous' },
    });
    expect(of('role_change')[0]).toMatchObject({ email: target.email, detail: { before: 'staff', after: 'ministry' } });
    expect(of('password_reset')[0]).toMatchObject({ email: target.email });
    expect(of('password_change')[0]).toMatchObject({ email: changer.email });
    expect(events.every((event) => event.occurredAt instanceof Date)).toBe(true);
    expect(JSON.stringify(events.map((event) => event.detail))).not.toContain(PASSWORD);
  });

  it('refuses UPDATE, DELETE and TRUNCATE, whoever asks', async () => {
    await prisma.securityEvent.create({ data: { kind: 'sign_out', email: 'someone@test.example' } });
    await expect(prisma.$executeRawUnsafe(`UPDATE "SecurityEvent" SET "email" = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "SecurityEvent"`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "SecurityEvent"`)).rejects.toThrow(/append-only/);
    expect(await prisma.securityEvent.count({ where: { email: 'rewritten' } })).toBe(0);
  });

  it('is read and filtered by admins only', async () => {
    const { getSecurityEvents } = await import('@/lib/security-log/queries');
    const base = { email: '', address: '', page: 1 };
    actAs(await createActor('staff'));
    await expect(getSecurityEvents(base)).rejects.toThrow(/Access denied/);
    const admin = await createActor('admin');
    setRequest({ ip: '198.51.100.250' });
    const { signInAction } = await import('@/lib/account/actions');
    await run(signInAction, { email: admin.email!, password: 'wrong password again' });
    actAs(admin);
    const failures = await getSecurityEvents({ ...base, kind: 'sign_in_failure', address: '198.51.100.250' });
    expect(failures.total).toBe(1);
    expect(failures.events[0]).toMatchObject({ kind: 'sign_in_failure', email: admin.email, address: '198.51.100.250' });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
    expect((await getSecurityEvents({ ...base, email: admin.email!, from: today, to: today })).total).toBeGreaterThanOrEqual(1);
    expect((await getSecurityEvents({ ...base, email: admin.email!, to: '2001-01-01' })).total).toBe(0);
  });
});
