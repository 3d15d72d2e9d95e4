// Issue 13: the portal connects as a role that reads and writes rows and owns nothing
// (scripts/db/roles.ts): it cannot drop or disable the triggers that keep the audit trail and
// the security log append-only, nor alter a table, nor rewrite those logs — tried here as that
// role, on a migrated copy of the registry.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_PORTAL_ROLE, portalDatabaseUrl } from '../../scripts/db/roles';

let portal: pg.Client;
let portalUrl: string;

beforeAll(async () => {
  portalUrl = await portalDatabaseUrl({ ownerUrl: process.env.DATABASE_URL!, isEmbedded: true });
  portal = new pg.Client({ connectionString: portalUrl });
  await portal.connect();
});
afterAll(async () => {
  await portal?.end();
});

const refused = (sql: string) => expect(portal.query(sql)).rejects.toThrow(/must be owner|permission denied|append-only/);

describe('the portal’s database role', () => {
  it('is its own login, not a superuser, and owns no table', async () => {
    expect(new URL(portalUrl).username).toBe(EMBEDDED_PORTAL_ROLE.user);
    const role = await portal.query(`SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
    expect(role.rows[0]).toEqual({ rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolbypassrls: false });
    const owned = await portal.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`);
    expect(owned.rows[0].n).toBe(0);
  });

  it('reads and writes the registry’s rows, and adds to the logs', async () => {
    expect((await portal.query(`SELECT count(*)::int AS n FROM "LocalGovernment"`)).rows[0].n).toBeGreaterThan(200);
    await portal.query(`INSERT INTO "AuditLog" ("action", "entityType", "entityId", "changes") VALUES ('test', 'Test', '1', '{}')`);
    await portal.query(`INSERT INTO "SecurityEvent" ("kind", "email") VALUES ('sign_out', 'role-test@test.example')`);
    await portal.query(`UPDATE "Region" SET "updatedAt" = "updatedAt" WHERE "slug" = 'seoul'`);
  });

  it('cannot drop or disable the append-only triggers, alter a table, or rewrite the logs', async () => {
    for (const table of ['AuditLog', 'SecurityEvent']) {
      await refused(`DROP TRIGGER "${table}_no_update_or_delete" ON "${table}"`);
      await refused(`ALTER TABLE "${table}" DISABLE TRIGGER ALL`);
      await refused(`ALTER TABLE "${table}" DISABLE TRIGGER "${table}_no_truncate"`);
      await refused(`UPDATE "${table}" SET "${table === 'AuditLog' ? 'action' : 'email'}" = 'rewritten'`);
      await refused(`DELETE FROM "${table}"`);
      await refused(`TRUNCATE "${table}"`);
    }
    await refused(`DROP FUNCTION audit_log_is_append_only() CASCADE`);
    await refused(`ALTER TABLE "User" ADD COLUMN "sneaky" text`);
    await refused(`DROP TABLE "Session"`);
    await refused(`SET session_replication_role = replica`);
    await refused(`CREATE TABLE "Elsewhere" (id int)`);
    await refused(`SELECT * FROM "_prisma_migrations"`);
  });
});
