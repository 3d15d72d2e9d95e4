// Property-based: every action, sent malformed and hostile payloads by a signed-in admin (the
// most permissive role), answers with a refusal state — never an exception (a 500 to the user),
// never a write.
import fc from 'fast-check';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { beforeAll, describe, expect, it } from 'vitest';
import { IDLE } from '@/lib/core/action-state';
import type { PrismaClient } from '@/lib/create-prisma-client';
import { ACTION_CASES } from './support/action-cases';
import { actAs, createActor, type TestActor } from './support/actors';
import { databaseFingerprint } from './support/fingerprint';

type AnyAction = (...args: unknown[]) => Promise<unknown>;
const modules = import.meta.glob<Record<string, unknown>>(['/lib/**/actions.ts', '/app/**/actions.ts']);
const actions = new Map<string, AnyAction>();
let prisma: PrismaClient;
let admin: TestActor;

beforeAll(async () => {
  prisma = (await import('@/lib/db')).db;
  for (const load of Object.values(modules))
    for (const [name, value] of Object.entries(await load())) actions.set(name, value as AnyAction);
  admin = await createActor('admin');
});

/** A value no id, version, year, date, code or choice accepts, however it is read. */
const corrupt = fc.oneof(
  fc.constantFrom(
    '-5',
    '0.5',
    '1e999',
    'NaN',
    '2026-02-30',
    '99999999999999999999',
    '1\'; DROP TABLE "User"; --',
    '<script>alert(1)</script>',
    '\u0000',
    'null',
    '{}',
    '[]',
    '가'.repeat(300),
  ),
  fc.string({ minLength: 1, maxLength: 40 }).map((text) => `${text}'<;`),
);
/** Anything at all, for free-text fields and extra keys. */
const anything = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 50 }), fc.constant('x'.repeat(5_000)));
/** Where every field is free text, the field whose change still makes the payload invalid. */
const CORRUPTIBLE: Record<string, string[]> = { signInAction: ['email'], changeOwnPasswordAction: ['newPassword'] };
const isStructural = (value: string) => /^(-?\d+|\d{4}-\d{2}-\d{2}|[a-z_]+|[0-9a-f-]{36})$/.test(value) && value.length < 40;

function formDataOf(payload: Record<string, string>): FormData {
  const formData = new FormData();
  for (const [key, value] of Object.entries(payload)) formData.set(key, value);
  return formData;
}

async function answer(name: string, formData: unknown, state: unknown = IDLE): Promise<unknown> {
  const action = actions.get(name)!;
  try {
    return ACTION_CASES[name]?.isPlainFormAction ? await action(formData) : await action(state, formData);
  } catch (error) {
    if (isRedirectError(error)) return 'redirected';
    throw error;
  }
}

const REFUSALS = ['invalid', 'error', 'denied', 'conflict'];
/** The admin's session records its activity once a minute (lib/auth/session-rules.ts): not a write of the action's. */
const IGNORED = { ignore: ['Session'] };

describe('server actions under hostile input', () => {
  for (const [name, actionCase] of Object.entries(ACTION_CASES)) {
    if (actionCase.isPlainFormAction) continue;

    it(`${name} refuses a payload with a corrupted field, writing nothing`, async () => {
      const valid = await actionCase.payload(prisma);
      const structuralKeys = Object.keys(valid).filter((key) => isStructural(valid[key]!));
      const freeKeys = Object.keys(valid).filter((key) => !structuralKeys.includes(key));
      const keysToCorrupt = CORRUPTIBLE[name] ?? structuralKeys;
      expect(keysToCorrupt.length).toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(
          fc.subarray(keysToCorrupt, { minLength: 1 }),
          fc.array(corrupt, { minLength: keysToCorrupt.length, maxLength: keysToCorrupt.length }),
          fc.dictionary(fc.constantFrom(...(freeKeys.length ? freeKeys : ['note'])), anything, { maxKeys: 2 }),
          fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), anything, { maxKeys: 3 }),
          async (corrupted, values, freeText, extra) => {
            const payload: Record<string, string> = { ...extra, ...valid, ...freeText, locale: 'ko' };
            corrupted.forEach((key, index) => (payload[key] = values[index]!));
            const before = await databaseFingerprint(prisma, IGNORED);
            actAs(admin);
            const result = (await answer(name, formDataOf(payload))) as { status?: string } | 'redirected';
            expect(result, JSON.stringify(payload).slice(0, 300)).not.toBe('redirected');
            expect(REFUSALS, JSON.stringify(result)).toContain((result as { status: string }).status);
            expect(await databaseFingerprint(prisma, IGNORED)).toEqual(before);
          },
        ),
        { numRuns: 12 },
      );
    });

    it(`${name} survives arbitrary form data and things that are not form data`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.dictionary(fc.string({ maxLength: 20 }), anything, { maxKeys: 6 }).map(formDataOf),
            fc.constantFrom(null, undefined, 'text', 42, {}, [], new Map()),
          ),
          fc.constantFrom(IDLE, null, undefined, { status: 'success' }, 'junk'),
          async (input, state) => {
            const before = await databaseFingerprint(prisma, IGNORED);
            actAs(admin);
            const result = (await answer(name, input, state)) as { status?: string } | 'redirected';
            expect(result).not.toBe('redirected');
            expect(REFUSALS).toContain((result as { status: string }).status);
            expect(await databaseFingerprint(prisma, IGNORED)).toEqual(before);
          },
        ),
        { numRuns: 8 },
      );
    });
  }
});
