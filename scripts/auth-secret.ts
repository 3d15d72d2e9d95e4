// The secret better-auth signs its cookies with: BETTER_AUTH_SECRET when set; otherwise one made
// on first start and kept in .data/auth-secret (readable by its owner only), so sessions survive
// a restart. A throwaway server (the end-to-end tests) gets a fresh one each time.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const FILE = path.resolve('.data/auth-secret');

export async function authSecret(options: { isThrowaway?: boolean } = {}): Promise<string> {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  if (options.isThrowaway) return randomBytes(32).toString('base64url');
  const existing = (await readFile(FILE, 'utf8').catch(() => '')).trim();
  if (existing.length >= 32) return existing;
  const secret = randomBytes(32).toString('base64url');
  await mkdir(path.dirname(FILE), { recursive: true });
  await writeFile(FILE, `${secret}\n`, { mode: 0o600 });
  await chmod(FILE, 0o600);
  return secret;
}
