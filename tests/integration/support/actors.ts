// Signed-in users for integration tests, through the real better-auth: a user is created with a
// password and signed in, and the test "request" carries the session cookie it got.
import { randomUUID } from 'node:crypto';
import type { Role } from '@/lib/generated/prisma/enums';
import { setRequest } from '../../support/next-headers';

export type TestActor = { role: Role | null; email: string | null; cookie: string | null; mustChangePassword?: boolean };

export const PASSWORD = 'a long enough test password';

/** A signed-in user of a role; `mustChangePassword`: signed in with a temporary password (issue 13). */
export async function createActor(role: Role, options: { mustChangePassword?: boolean } = {}): Promise<TestActor> {
  const [{ db }, { insertUserWithPassword }, { auth }] = await Promise.all([
    import('@/lib/db'),
    import('@/lib/users/accounts'),
    import('@/lib/auth/auth'),
  ]);
  const email = `${role}-${randomUUID().slice(0, 8)}@test.example`;
  await db.$transaction((tx) =>
    insertUserWithPassword(tx, {
      actor: null,
      email,
      name: `${role} tester`,
      role,
      password: PASSWORD,
      mustChangePassword: options.mustChangePassword ?? false,
    }),
  );
  const response = await auth.api.signInEmail({ body: { email, password: PASSWORD }, asResponse: true });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error(`Could not sign in ${email}: ${response.status}`);
  return { role, email, cookie, mustChangePassword: options.mustChangePassword ?? false };
}

export const ANONYMOUS: TestActor = { role: null, email: null, cookie: null };

/** Makes the next calls run as this actor (their session cookie on the request). */
export function actAs(actor: TestActor): void {
  setRequest({ cookie: actor.cookie ?? undefined });
}
