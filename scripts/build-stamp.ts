// Whether the production build is up to date with the sources: a hash of every file that goes
// into it, kept beside the build.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { OPERATOR_ENV } from '@/lib/operator';

// The prerendered pages hold the seeded data too, hence prisma/.
const INPUTS = [
  'app',
  'components',
  'lib',
  'messages',
  'public',
  'prisma',
  'patches',
  'proxy.ts',
  'next.config.ts',
  'postcss.config.mjs',
  'package-lock.json',
  'tsconfig.json',
];
const SKIP = new Set(['node_modules', 'generated']);

const distDir = () => process.env.NEXT_DIST_DIR ?? '.next';
const stampFile = () => path.join(distDir(), 'source-hash.txt');

async function files(entry: string): Promise<string[]> {
  if (!existsSync(entry)) return [];
  const entries = await readdir(entry, { withFileTypes: true }).catch(() => null);
  if (!entries) return [entry];
  const nested = await Promise.all(
    entries.filter((e) => !SKIP.has(e.name) && !e.name.endsWith('.test.ts')).map((e) => files(path.join(entry, e.name))),
  );
  return nested.flat();
}

export async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const all = (await Promise.all(INPUTS.map(files))).flat().sort();
  for (const file of all) hash.update(file).update(await readFile(file));
  // The prerendered pages name the public origin (canonical links, the sitemap): another origin
  // needs another build.
  hash.update(`SITE_URL=${process.env.SITE_URL ?? ''}`);
  // The footer and the contact pages are prerendered with the operator's details: a change rebuilds.
  for (const name of OPERATOR_ENV) hash.update(`${name}=${process.env[name] ?? ''}`);
  return hash.digest('hex');
}

export async function isBuildCurrent(): Promise<boolean> {
  if (!existsSync(path.join(distDir(), 'BUILD_ID'))) return false;
  const recorded = await readFile(stampFile(), 'utf8').catch(() => '');
  return recorded === (await sourceHash());
}

export async function recordBuild(): Promise<void> {
  await writeFile(stampFile(), await sourceHash());
}
