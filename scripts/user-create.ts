// npm run user:create -- --email someone@example.org --role admin [--name "Name"]
// Creates a user who can sign in, on the database npm start uses (DATABASE_URL, or the embedded
// one in .data/). The password is read from a prompt without echo, or from standard input when
// piped (printf '%s\n' "$PASSWORD" | npm run user:create -- …). Never from the command line,
// where it would stay in the shell's history.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createPrismaClient } from '@/lib/create-prisma-client';
import { RoleSchema } from '@/lib/users/schemas';
import { EmailSchema, NewPasswordSchema } from '@/lib/auth/schemas';
import { passwordWeakness } from '@/lib/auth/password-strength';
import { insertUserWithPassword } from '@/lib/users/accounts';
import { withDatabase } from './db/connection';
import { applyMigrations } from './db/schema-engine';

const { values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } } });
const input = z.object({ email: EmailSchema, role: RoleSchema, name: z.string().trim().min(1).max(100).optional() }).safeParse(values);
if (!input.success) {
  console.error('Usage: npm run user:create -- --email someone@example.org --role admin|staff|ministry [--name "Name"]');
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) return line;
    return '';
  }
  process.stdout.write('Password (at least 12 characters, not shown): ');
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin, output: undefined, terminal: true });
    lines.question('', (answer) => {
      lines.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

const password = NewPasswordSchema.safeParse(await readPassword());
if (!password.success) {
  console.error('The password must have 12 to 128 characters.');
  process.exit(2);
}
// The same check as the password page (issue 13): no common, breached or patterned password.
const weakness = passwordWeakness(password.data, [input.data.email, input.data.name ?? '']);
if (weakness) {
  console.error(`The password is too easy to guess (${weakness}): use several unrelated words, or a password manager.`);
  process.exit(2);
}

await withDatabase(async (url) => {
  await applyMigrations(url);
  const prisma = createPrismaClient(url, { max: 1 });
  try {
    if (await prisma.user.findUnique({ where: { email: input.data.email } })) {
      console.error(`A user with the e-mail ${input.data.email} already exists.`);
      process.exitCode = 1;
      return;
    }
    await prisma.$transaction((tx) =>
      insertUserWithPassword(tx, {
        actor: null,
        email: input.data.email,
        name: input.data.name ?? input.data.email.split('@')[0]!,
        role: input.data.role,
        password: password.data,
        mustChangePassword: false,
      }),
    );
    console.log(`Created ${input.data.role} ${input.data.email}. Sign in at /ko/admin/sign-in.`);
  } finally {
    await prisma.$disconnect();
  }
});
