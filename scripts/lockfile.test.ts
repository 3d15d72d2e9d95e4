// package-lock.json: every package carries its integrity, the other platforms' native packages
// that scripts/lockfile-platforms.mjs adds included, so `npm ci` checks whatever it downloads on
// any machine. Run that script after `npm install` changes the lock.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Entry = { version?: string; integrity?: string; link?: boolean; inBundle?: boolean; os?: string[]; cpu?: string[] };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { lockfileVersion: number; packages: Record<string, Entry> };
const installed = Object.entries(lock.packages).filter(([location, entry]) => location !== '' && !entry.link && !entry.inBundle);

describe('package-lock.json', () => {
  it('gives every package a sha512 integrity, other platforms included', () => {
    expect(installed.length).toBeGreaterThan(500);
    expect(installed.filter(([, entry]) => !entry.integrity?.startsWith('sha512-')).map(([location]) => location)).toEqual([]);
  });

  it('holds the other platforms’ native packages, so npm ci accepts it on macOS and Windows', () => {
    const platforms = installed.filter(([, entry]) => entry.os?.some((os) => os === 'darwin' || os === 'win32'));
    expect(platforms.map(([location]) => location)).toEqual(
      expect.arrayContaining(['node_modules/@next/swc-darwin-arm64', 'node_modules/@next/swc-win32-x64-msvc']),
    );
  });
});
