// An edit through one `next start` process expires the cached pages of every other, and of this
// one after a restart: invalidated tags go through PostgreSQL (lib/cache/tag-state.cjs). The
// other processes here are real ones (support/shared-tags-process.cjs) on this file's database.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type SharedTags = { ready: Promise<void>; publish: (tags: string[], expiredAt: number) => Promise<void>; stop: () => Promise<void> };
// This process is one of the servers: the module both cache handlers use, connected to this file's
// database (DATABASE_URL), exactly as in `next start`.
const tagState = require('../../lib/cache/tag-state.cjs') as {
  CHANNEL: string;
  connectSharedTags: (options: { url: string; log?: (message: string) => void }) => SharedTags;
  invalidate: (tags: string[], durations?: { expire?: number }) => Promise<void>;
  latestExpiry: (tags: string[]) => number;
  refresh: () => Promise<void>;
  stopSharing: () => Promise<void>;
};

const url = process.env.DATABASE_URL!;
const others: OtherProcess[] = [];

type OtherProcess = { child: ChildProcessWithoutNullStreams; expiryOf: (tag: string) => Promise<number | null>; stop: () => Promise<void> };

async function startOther(): Promise<OtherProcess> {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'support/shared-tags-process.cjs')], {
    env: { ...process.env, DATABASE_URL: url },
  });
  const lines = readline.createInterface({ input: child.stdout });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const next = () => new Promise<string>((resolve) => waiting.push(resolve));
  expect(await next()).toBe('ready');
  const other: OtherProcess = {
    child,
    async expiryOf(tag) {
      const answer = next();
      child.stdin.write(`get ${tag}\n`);
      return (JSON.parse(await answer) as { expiredAt: number | null }).expiredAt;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.write('stop\n');
      await exited;
    },
  };
  others.push(other);
  return other;
}

/** What updateTag does in a server: Next calls the handlers, which record and share the expiry. */
async function edit(tags: string[]): Promise<number> {
  await tagState.invalidate(tags);
  return tagState.latestExpiry(tags);
}

async function eventually<T>(read: () => Promise<T>, isDone: (value: T) => boolean, withinMs: number): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (isDone(value) || Date.now() - started > withinMs) return { value, ms: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

afterAll(async () => {
  await Promise.all(others.map((other) => other.stop()));
  await tagState.stopSharing();
});

describe('cache tags shared through the database', () => {
  it('an edit in one process expires the tag in another within a second', async () => {
    await tagState.refresh();
    const other = await startOther();
    expect(await other.expiryOf('city:shared-a')).toBeNull();
    const expiredAt = await edit(['city:shared-a', 'lists']);
    const { value, ms } = await eventually(
      () => other.expiryOf('city:shared-a'),
      (expiry) => expiry === expiredAt,
      1_000,
    );
    expect(value).toBe(expiredAt);
    expect(ms).toBeLessThan(1_000);
    expect(await other.expiryOf('lists')).toBe(expiredAt);
  });

  it('a process started after an edit knows of it (a restart forgets nothing)', async () => {
    const expiredAt = await edit(['city:shared-b']);
    const restarted = await startOther();
    expect(await restarted.expiryOf('city:shared-b')).toBe(expiredAt);
  });

  it('keeps the latest expiry of a tag, whatever order the writes arrive in', async () => {
    const later = await edit(['city:shared-c']);
    // An older expiry arriving late (another process's clock, a slow connection) changes nothing.
    const late = tagState.connectSharedTags({ url });
    await late.ready;
    await late.publish(['city:shared-c'], later - 60_000);
    await late.stop();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ expiredAt: number }>('SELECT "expiredAt" FROM "CacheTagExpiration" WHERE tag = $1', [
        'city:shared-c',
      ]);
      expect(rows).toEqual([{ expiredAt: later }]);
      // The database refuses what no edit could write.
      await expect(client.query(`INSERT INTO "CacheTagExpiration" (tag, "expiredAt") VALUES ('', 1)`)).rejects.toThrow(
        /CacheTagExpiration_tag_check/,
      );
      await expect(client.query(`INSERT INTO "CacheTagExpiration" (tag, "expiredAt") VALUES ('x', -1)`)).rejects.toThrow(
        /CacheTagExpiration_expiredAt_check/,
      );
    } finally {
      await client.end();
    }
  });

  it('a process whose connection drops catches up with the edits made meanwhile', async () => {
    const other = await startOther();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // Cut every listening connection (each process reconnects and reloads the table).
      const { rowCount } = await client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = $1 AND pid <> pg_backend_pid()`,
        [`LISTEN ${tagState.CHANNEL}`],
      );
      expect(rowCount).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
    const expiredAt = await edit(['city:shared-d']);
    const { value } = await eventually(
      () => other.expiryOf('city:shared-d'),
      (expiry) => expiry === expiredAt,
      10_000,
    );
    expect(value).toBe(expiredAt);
  });
});
