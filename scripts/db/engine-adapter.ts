// The driver adapter the WebAssembly schema engine talks to PostgreSQL through: @prisma/adapter-pg,
// with three corrections the engine needs (each explained where it is made).
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import type { SqlMigrationAwareDriverAdapterFactory, SqlQuery, SqlResultSet } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { databaseUrl, poolConfig } from './url';

const quietPoolErrors = { onPoolError: () => {}, onConnectionError: () => {} };

const PG_CHAR_OID = 18; // the one-byte "char" type of pg_catalog (relkind, contype, …)
const PG_TEXT_OID = 25;
const CHAR_COLUMNS = Symbol('charColumns');

type Field = { dataTypeID: number };
type TaggedQuery = SqlQuery & { [CHAR_COLUMNS]?: number[] };
type QueryableInternals = {
  performIO: (query: TaggedQuery) => Promise<{ fields: Field[] }>;
  queryRaw: (query: SqlQuery) => Promise<SqlResultSet>;
};

/**
 * Lets the engine read pg_catalog's "char" columns, which it does to describe a database for a
 * diff. @prisma/adapter-pg 7.10 has no mapping for that type ("Column type 'char' could not be
 * deserialized"); pg returns the values as one-character strings, which the engine accepts when
 * the column is reported as Character.
 */
function catalogFriendly<T extends object>(adapter: T): T {
  const internals = adapter as unknown as QueryableInternals;
  const performIO = internals.performIO.bind(adapter);
  const queryRaw = internals.queryRaw.bind(adapter);
  internals.performIO = async (query) => {
    const result = await performIO(query);
    result.fields.forEach((field, index) => {
      if (field.dataTypeID !== PG_CHAR_OID) return;
      field.dataTypeID = PG_TEXT_OID;
      query[CHAR_COLUMNS]?.push(index);
    });
    return result;
  };
  internals.queryRaw = async (query) => {
    const charColumns: number[] = [];
    const result = await queryRaw({ ...query, [CHAR_COLUMNS]: charColumns } as TaggedQuery);
    for (const index of charColumns) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return adapter;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client(poolConfig(databaseUrl(url, 'postgres')));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

type ScriptAdapter = {
  executeScript: (script: string) => Promise<void>;
  underlyingDriver: () => pg.Pool;
};

/**
 * Sends a migration script to PostgreSQL whole, as one simple-protocol query: PostgreSQL runs
 * it as one implicit transaction, so a migration applies completely or not at all. The adapter's
 * own executeScript splits the text on every ';', which breaks on semicolons inside comments,
 * strings and function bodies (the audit trigger has some).
 */
function wholeScripts<T extends ScriptAdapter>(adapter: T): T {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      (adapter as unknown as { onError: (error: unknown) => never }).onError(error);
    }
  };
  return adapter;
}

/**
 * The adapter factory for the engine, and a way to close what it opened: the engine does not
 * dispose the adapters it connects, and an open pool keeps the database busy (a template
 * database in use cannot be copied). Its shadow database (used to replay migrations for a diff)
 * is created beside the real one and dropped after its pool has closed: PrismaPg's own drops it
 * while a connection is still open, which fails.
 */
export function adapterFactory(url: string): { factory: SqlMigrationAwareDriverAdapterFactory; close: () => Promise<void> } {
  const main = new PrismaPg(poolConfig(url), quietPoolErrors);
  const opened: { dispose: () => Promise<void> }[] = [];
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: main.provider,
    adapterName: main.adapterName,
    async connect() {
      const adapter = catalogFriendly(wholeScripts(await main.connect()));
      opened.push(adapter);
      return adapter;
    },
    async connectToShadowDb() {
      const name = `shadow_${randomUUID().replaceAll('-', '')}`;
      await adminQuery(url, `CREATE DATABASE "${name}"`);
      const adapter = catalogFriendly(wholeScripts(await new PrismaPg(poolConfig(databaseUrl(url, name)), quietPoolErrors).connect()));
      const dispose = adapter.dispose.bind(adapter);
      let isDisposed = false;
      adapter.dispose = async () => {
        if (isDisposed) return;
        isDisposed = true;
        await dispose();
        await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      opened.push(adapter);
      return adapter;
    },
  };
  return {
    factory,
    async close() {
      await Promise.allSettled(opened.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}
