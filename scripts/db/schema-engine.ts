// Prisma's schema engine, compiled to WebAssembly, driving PostgreSQL through @prisma/adapter-pg.
// The native engine is downloaded by the Prisma CLI on start, which cannot happen offline; this
// is the same engine, so migration folders and `_prisma_migrations` stay standard.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as wasmBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { adapterFactory } from './engine-adapter';

export const SCHEMA_PATH = path.resolve('prisma/schema.prisma');
export const MIGRATIONS_DIR = path.resolve('prisma/migrations');
export const FILTERS = { externalTables: [], externalEnums: [] };

let instantiated: Promise<void> | undefined;

/** The engine reports a Rust panic's message here before throwing. */
const panicRegistry = {
  lastMessage: '',
  set_message(message: string) {
    this.lastMessage = message;
  },
};

function instantiateWasm(): Promise<void> {
  instantiated ??= (async () => {
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
    const require = createRequire(import.meta.url);
    const bindingsFile = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bytes = await readFile(path.join(path.dirname(bindingsFile), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': wasmBindings });
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return instantiated;
}

async function openSchemaEngine(url: string): Promise<{ engine: SchemaEngine; close: () => Promise<void> }> {
  await instantiateWasm();
  const datamodel = await readFile(SCHEMA_PATH, 'utf8');
  const { factory, close } = adapterFactory(url);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) process.stderr.write(`${message}\n`);
  };
  const engine = await wasmBindings.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, datamodel]] }, log, adapter);
  return { engine, close };
}

export async function readMigrations(): Promise<MigrationList> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(MIGRATIONS_DIR, name, 'migration.sql'), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        ),
      },
    })),
  );
  const lockPath = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: 'migration_lock.toml', content: await readFile(lockPath, 'utf8').catch(() => null) },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

export async function withSchemaEngine<T>(url: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { engine, close } = await openSchemaEngine(url);
  try {
    return await work(engine);
  } catch (error) {
    if (panicRegistry.lastMessage) throw new Error(`Prisma schema engine panicked: ${panicRegistry.lastMessage}`, { cause: error });
    throw error;
  } finally {
    engine.free();
    await close();
  }
}

/** Applies the migrations not yet applied, as `prisma migrate deploy` does. */
export async function applyMigrations(url: string): Promise<string[]> {
  return withSchemaEngine(url, async (engine) => {
    const output = await engine.applyMigrations({ migrationsList: await readMigrations(), filters: FILTERS });
    return output.appliedMigrationNames;
  });
}

/**
 * SQL that takes a database from the state the migrations produce to the state schema.prisma
 * describes; empty when they agree. Replays the migrations on a temporary shadow database.
 */
export async function diffMigrationsToSchema(url: string): Promise<string> {
  return withSchemaEngine(url, async (engine) => {
    const datamodel = await readFile(SCHEMA_PATH, 'utf8');
    const result = await engine.diff({
      from: { tag: 'migrations', ...(await readMigrations()) },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: datamodel }] },
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    return (result.stdout ?? '').trim();
  });
}
