// Every server action the application exports, called as a visitor, a ministry official, staff
// and an admin — and each role again signed in with a temporary password not yet changed (issue
// 13): only the allowed roles get through, and of those with a temporary password only changing
// it; for the others the call is refused, the database is unchanged but for the security log's
// entry of the refusal. A new action with no entry in support/action-cases.ts fails here, and
// one written without a role check fails on its first refused role.
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { beforeAll, describe, expect, it } from 'vitest';
import { IDLE, type ActionState } from '@/lib/core/action-state';
import type { PrismaClient } from '@/lib/create-prisma-client';
import { ROLES, type Role } from '@/lib/auth/roles';
import { ACTION_CASES } from './support/action-cases';
import { actAs, ANONYMOUS, createActor, type TestActor } from './support/actors';
import { databaseFingerprint } from './support/fingerprint';

type AnyAction = (...args: unknown[]) => Promise<unknown>;

const modules = import.meta.glob<Record<string, unknown>>(['/lib/**/actions.ts', '/app/**/actions.ts']);
/** A visitor, then every role (lib/auth/roles.ts), then every role with a temporary password. */
type Caller = { role: Role | null; mustChangePassword: boolean };
const CALLERS: Caller[] = [
  { role: null, mustChangePassword: false },
  ...ROLES.map((role) => ({ role, mustChangePassword: false })),
  ...ROLES.map((role) => ({ role, mustChangePassword: true })),
];
/** What a session with a temporary password may still do: replace it, and sign in or out. */
const WITH_TEMPORARY_PASSWORD = new Set(['changeOwnPasswordAction', 'signInAction', 'signOutAction']);
const callerName = (caller: Caller) =>
  caller.role === null ? 'a visitor' : caller.mustChangePassword ? `${caller.role} with a temporary password` : caller.role;

/** The tables but the security log, where a refused call leaves its entry. */
const withoutSecurityLog = ({ SecurityEvent: _log, ...tables }: Record<string, string>) => tables;

let prisma: PrismaClient;
const actions = new Map<string, AnyAction>();

beforeAll(async () => {
  prisma = (await import('@/lib/db')).db;
  for (const [file, load] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(await load())) {
      expect(typeof value, `${file} exports ${name}, which is not a function`).toBe('function');
      actions.set(name, value as AnyAction);
    }
  }
});

function formDataOf(payload: Record<string, string>): FormData {
  const formData = new FormData();
  for (const [key, value] of Object.entries({ locale: 'ko', ...payload })) formData.set(key, value);
  return formData;
}

/** Calls an action the way a form does; a redirect (what success does here) counts as an answer. */
async function call(name: string, payload: Record<string, string>): Promise<ActionState | 'redirected'> {
  const action = actions.get(name)!;
  try {
    const result = ACTION_CASES[name]?.isPlainFormAction ? await action(formDataOf(payload)) : await action(IDLE, formDataOf(payload));
    return (result as ActionState | undefined) ?? IDLE;
  } catch (error) {
    if (isRedirectError(error)) return 'redirected';
    throw error;
  }
}

describe('every exported server action', () => {
  it('has a declared expectation, so none escapes this test', () => {
    expect(actions.size).toBeGreaterThan(15);
    const undeclared = [...actions.keys()].filter((name) => !(name in ACTION_CASES));
    expect(undeclared, 'add these to tests/integration/support/action-cases.ts').toEqual([]);
    const vanished = Object.keys(ACTION_CASES).filter((name) => !actions.has(name));
    expect(vanished, 'these cases name no exported action').toEqual([]);
  });

  for (const [name, actionCase] of Object.entries(ACTION_CASES)) {
    for (const caller of CALLERS) {
      const { role } = caller;
      const hasRole = actionCase.allowed === 'everyone' || (role !== null && actionCase.allowed.includes(role));
      const isHeldBack = hasRole && caller.mustChangePassword && !WITH_TEMPORARY_PASSWORD.has(name);
      const isAllowed = hasRole && !isHeldBack;
      it(`${name} ${isAllowed ? 'succeeds' : 'is refused'} for ${callerName(caller)}`, async () => {
        const actor: TestActor = role ? await createActor(role, { mustChangePassword: caller.mustChangePassword }) : ANONYMOUS;
        const payload = await actionCase.payload(prisma);
        const before = await databaseFingerprint(prisma);
        const refusalsBefore = await prisma.securityEvent.count({ where: { kind: 'action_refused' } });
        actAs(actor);
        const answer = await call(name, payload);
        if (isAllowed) {
          expect(answer === 'redirected' || answer.status !== 'denied', JSON.stringify(answer)).toBe(true);
          if (actionCase.allowed !== 'everyone') {
            expect(answer === 'redirected' || answer.status === 'success', JSON.stringify(answer)).toBe(true);
          }
        } else {
          const formError = isHeldBack ? 'passwordChangeRequired' : role ? 'forbidden' : 'signInRequired';
          expect(answer).toEqual({ status: 'denied', formError });
          expect(withoutSecurityLog(await databaseFingerprint(prisma))).toEqual(withoutSecurityLog(before));
          // The refusal is in the security log, with who and why.
          expect(await prisma.securityEvent.count({ where: { kind: 'action_refused' } })).toBe(refusalsBefore + 1);
          const entry = await prisma.securityEvent.findFirstOrThrow({ where: { kind: 'action_refused' }, orderBy: { id: 'desc' } });
          expect(entry).toMatchObject({
            email: actor.email,
            detail: { reason: isHeldBack ? 'passwordChangeRequired' : role ? 'forbidden' : 'anonymous' },
          });
        }
      });
    }
  }
});
