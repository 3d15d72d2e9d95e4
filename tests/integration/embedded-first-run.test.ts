// A first run that explains itself (issue 11): each way the embedded PostgreSQL cannot start where
// it was asked to ends in one EmbeddedPostgresError saying what to do, or, where it safely can, the
// server starts somewhere that works. Real servers from the real binaries, in throwaway folders.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { EmbeddedPostgresError, type EmbeddedServer, startEmbeddedServer } from '../../scripts/db/embedded';
import { binariesPackage, relocatedDataDir, runningPostmaster } from '../../scripts/db/embedded-placement';

const isRoot = process.getuid?.() === 0;
const folders: string[] = [];
const servers: EmbeddedServer[] = [];

async function folder(mode = 0o700): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'registry-first-run-'));
  chmodSync(dir, mode);
  folders.push(dir);
  return dir;
}

async function start(dir: string, port?: number): Promise<EmbeddedServer> {
  const server = await startEmbeddedServer({ dir, port, quiet: true });
  servers.push(server);
  return server;
}

async function answers(server: EmbeddedServer): Promise<number> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    return (await client.query('SELECT 1 AS one')).rows[0].one as number;
  } finally {
    await client.end();
  }
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});
afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the embedded PostgreSQL on a first run', () => {
  it('refuses a data folder made by another PostgreSQL major version, saying how to move on', async () => {
    const dir = path.join(await folder(0o755), 'pg');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'PG_VERSION'), '17\n');
    const { major } = binariesPackage();
    const failure = await start(dir).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EmbeddedPostgresError);
    expect((failure as Error).message).toContain(`holds a PostgreSQL 17 database; the embedded server is PostgreSQL ${major}`);
    expect((failure as Error).message).toContain(`mv ${dir} ${dir}-17`);
  });

  it('says a port is taken instead of failing inside the server', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const failure = await start(path.join(await folder(0o755), 'pg'), port).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(EmbeddedPostgresError);
      expect((failure as Error).message).toBe(
        `PostgreSQL cannot listen on port ${port} (DATABASE_PORT): another program uses it. Stop that program, or leave DATABASE_PORT unset so a free port is chosen.`,
      );
    } finally {
      blocker.close();
    }
  });

  it('starts over a postmaster.pid a crash left, even when its PID now belongs to another process', async () => {
    const dir = path.join(await folder(0o755), 'pg');
    const first = await start(dir);
    await first.stop();
    servers.length = 0;
    // After a crash and a restart, the recorded PID is someone else's: as root, a process of the
    // postgres user (which PostgreSQL itself would take for a running server); otherwise our own.
    const other = isRoot ? spawn('sleep', ['60'], { uid: statSync(dir).uid, gid: statSync(dir).gid }) : null;
    const pid = other?.pid ?? process.pid;
    writeFileSync(path.join(dir, 'postmaster.pid'), `${pid}\n${dir}\n1700000000\n${first.port}\n/tmp\n127.0.0.1\n  1234  5678\nready\n`);
    try {
      expect(await runningPostmaster(dir)).toBeNull();
      const second = await start(dir);
      expect(await answers(second)).toBe(1);
      expect(Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0])).not.toBe(pid);
      expect(await runningPostmaster(dir)).toEqual({ pid: expect.any(Number), port: second.port });
    } finally {
      other?.kill();
    }
  });

  it('keeps a new clone’s data in the folder asked for when postgres can reach it', async () => {
    const dir = path.join(await folder(0o755), 'clone', '.data', 'pg');
    const server = await start(dir);
    expect(await answers(server)).toBe(1);
    expect(readFileSync(path.join(dir, 'PG_VERSION'), 'utf8').trim()).toBe(String(binariesPackage().major));
  });

  describe.skipIf(!isRoot)('as root, from a folder the postgres user cannot enter', () => {
    it('keeps the data where postgres can reach it, owned by it with mode 700', async () => {
      const home = await folder(0o755);
      process.env.REGISTRY_POSTGRES_HOME = home;
      try {
        const dir = path.join(await folder(0o700), 'clone', '.data', 'pg');
        const server = await start(dir);
        expect(await answers(server)).toBe(1);
        const moved = relocatedDataDir(dir);
        expect(path.dirname(moved)).toBe(path.join(home, 'data'));
        const stat = statSync(moved);
        expect(stat.mode & 0o777).toBe(0o700);
        expect(stat.uid).not.toBe(0);
        expect(readFileSync(path.join(moved, 'PG_VERSION'), 'utf8').trim()).toBe(String(binariesPackage().major));
      } finally {
        delete process.env.REGISTRY_POSTGRES_HOME;
      }
    });

    it('never replaces a database it cannot reach with a new one: one message says what to do', async () => {
      const reachable = await folder(0o755);
      const made = await start(path.join(reachable, 'pg'));
      await made.stop();
      servers.length = 0;
      const closed = await folder(0o700);
      renameSync(path.join(reachable, 'pg'), path.join(closed, 'pg'));
      const failure = await start(path.join(closed, 'pg')).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(EmbeddedPostgresError);
      expect((failure as Error).message).toBe(
        `The database in ${path.join(closed, 'pg')} cannot be opened: PostgreSQL runs as the user postgres (it refuses root), which cannot enter ${closed} (mode 700). Let it in (chmod o+x on that folder), or move the clone to a folder others can enter and its .data folder with it.`,
      );
    });
  });
});
