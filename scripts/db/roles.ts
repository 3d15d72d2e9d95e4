// The portal's own database role (issue 13): it reads and writes rows, and owns nothing. The
// tables, their triggers (the append-only audit trail and security log) and the migrations belong
// to the owner, who runs the migrations; the portal (`next start`) connects as this role, so a
// flaw in it cannot drop or disable a trigger, alter a table or rewrite the logs.
//
// - Embedded PostgreSQL (no DATABASE_URL): the role is made here, on the local server.
// - An external server: the operator makes the role (README, "The database roles") and gives
//   DATABASE_URL for it and MIGRATION_DATABASE_URL for the owner; its privileges are granted
//   here, as the owner, after each migration run. With DATABASE_URL alone, the portal runs as
//   whoever that is, as before, and is told so.
import pg from 'pg';
import { poolConfig } from './url';

/** The embedded server's portal role. Local-only credentials, like the owner's (embedded.ts). */
export const EMBEDDED_PORTAL_ROLE = { user: 'registry_portal', password: 'registry_portal' } as const;

/** Tables the portal may add to but never change: their triggers refuse it too. */
const APPEND_ONLY_TABLES = ['AuditLog', 'SecurityEvent'];

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function asOwner(ownerUrl: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client(poolConfig(ownerUrl));
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Row privileges on every table of the schema, none on the migrations' record, no TRUNCATE anywhere. */
export async function grantPortalPrivileges(ownerUrl: string, role: string): Promise<void> {
  await asOwner(ownerUrl, async (client) => {
    const database = (await client.query<{ name: string }>('SELECT current_database() AS name')).rows[0]!.name;
    const who = quoteIdent(role);
    await client.query(`GRANT CONNECT ON DATABASE ${quoteIdent(database)} TO ${who}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${who}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${who}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${who}`);
    await client.query(`REVOKE ALL ON TABLE "_prisma_migrations" FROM ${who}`).catch(() => undefined);
    for (const table of APPEND_ONLY_TABLES) {
      await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON TABLE ${quoteIdent(table)} FROM ${who}`).catch(() => undefined);
    }
  });
}

/** The embedded portal role, made once (idempotent), with its privileges; its URL. */
async function ensureEmbeddedPortalRole(ownerUrl: string): Promise<string> {
  const { user, password } = EMBEDDED_PORTAL_ROLE;
  await asOwner(ownerUrl, async (client) => {
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [user]);
    if (exists.rowCount === 0) {
      await client.query(
        `CREATE ROLE ${quoteIdent(user)} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS`,
      );
    }
  });
  await grantPortalPrivileges(ownerUrl, user);
  const url = new URL(ownerUrl);
  url.username = user;
  url.password = password;
  return url.toString();
}

/**
 * The URL the portal connects with, once the migrations ran as the owner (`ownerUrl`): the
 * embedded portal role's, or DATABASE_URL's when an external server's owner was given apart.
 */
export async function portalDatabaseUrl(options: { ownerUrl: string; isEmbedded: boolean }): Promise<string> {
  if (options.isEmbedded) return ensureEmbeddedPortalRole(options.ownerUrl);
  const portalUrl = process.env.DATABASE_URL ?? options.ownerUrl;
  const portalUser = decodeURIComponent(new URL(portalUrl).username);
  const ownerUser = decodeURIComponent(new URL(options.ownerUrl).username);
  if (!process.env.MIGRATION_DATABASE_URL || portalUser === ownerUser) {
    console.warn(
      'The portal connects as the role that owns the tables: set MIGRATION_DATABASE_URL for the owner and DATABASE_URL for a role of its own (README, "The database roles").',
    );
    return portalUrl;
  }
  await grantPortalPrivileges(options.ownerUrl, portalUser);
  return portalUrl;
}
