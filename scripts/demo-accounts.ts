// Demo accounts for `npm run dev` only: one per role, with a password the README gives, so a
// developer can sign in at once. They are marked isDemo, and with NODE_ENV=production (which
// `npm start` runs under) the sign-in action and the session check refuse them.
import type { PrismaClient } from '@/lib/create-prisma-client';
import type { Role } from '@/lib/generated/prisma/enums';
import { insertUserWithPassword } from '@/lib/users/accounts';

export const DEMO_PASSWORD = 'registry-demo-password';
export const DEMO_ACCOUNTS: { email: string; role: Role }[] = [
  { email: 'admin@demo.example', role: 'admin' },
  { email: 'staff@demo.example', role: 'staff' },
  { email: 'ministry@demo.example', role: 'ministry' },
];

/** Creates the demo accounts that do not exist yet; returns the e-mails created. */
export async function ensureDemoAccounts(prisma: PrismaClient): Promise<string[]> {
  const existing = new Set(
    (await prisma.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, select: { email: true } })).map(
      (u) => u.email,
    ),
  );
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.email));
  await prisma.$transaction(async (tx) => {
    for (const account of missing) {
      await insertUserWithPassword(tx, {
        actor: null,
        email: account.email,
        name: `Demo ${account.role}`,
        role: account.role,
        password: DEMO_PASSWORD,
        mustChangePassword: false,
        isDemo: true,
      });
    }
  });
  return missing.map((account) => account.email);
}
