// @ts-check
// Cache tags invalidated by an edit, shared by every `next start` process through PostgreSQL.
//
// Next records an invalidated tag (updateTag) in its process's tags manifest
// (tags-manifest.external.js), which both of its caches consult: the rendered pages
// (page-cache-handler.cjs) and the 'use cache' data. Another instance, or this one after a
// restart, would not know of it and would keep serving the page from before the edit for the hours
// of `cacheLife('hours')`. So each invalidation is also written to "CacheTagExpiration" and
// announced on a channel (NOTIFY is sent on commit); every process loads the table when it starts,
// listens, and copies what it hears into its own manifest.
//
// The project invalidates with updateTag only (lib/actions/define-action.ts): an immediate expiry,
// which is what is shared. Clocks of several machines must agree (NTP), as for any shared cache.

const { Client, Pool } = require('pg');
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external');

const CHANNEL = 'registry_cache_tags';
/** NOTIFY payloads stop at 8,000 bytes; past this, listeners are told to reload the table. */
const MAX_PAYLOAD = 7_000;
/** How long a read waits for the table at start before serving what the process has. */
const READY_WAIT_MS = 3_000;

/**
 * @typedef {{ ready: Promise<void>, publish: (tags: string[]) => Promise<void>, stop: () => Promise<void> }} SharedTags
 */

/** Copies an expiry into this process's manifest, keeping the later of the two. */
function applyExpiry(/** @type {string} */ tag, /** @type {number} */ expiredAt) {
  const entry = tagsManifest.get(tag) ?? {};
  if (typeof entry.expired === 'number' && entry.expired >= expiredAt) return;
  tagsManifest.set(tag, { ...entry, expired: expiredAt });
}

/**
 * Listens for invalidations on `url` and publishes this process's own.
 * @param {{ url: string, log?: (message: string) => void }} options
 * @returns {SharedTags}
 */
function connectSharedTags({ url, log = (message) => console.error(message) }) {
  const pool = new Pool({ connectionString: url, max: 2 });
  pool.on('error', (error) => log(`Shared cache tags: ${error.message}`));
  /** @type {import('pg').Client | null} */
  let listener = null;
  let isStopped = false;
  let retryMs = 500;
  /** @type {NodeJS.Timeout | undefined} */
  let retry;

  async function loadAll() {
    const { rows } = await pool.query('SELECT "tag", "expiredAt" FROM "CacheTagExpiration"');
    for (const row of rows) applyExpiry(row.tag, Number(row.expiredAt));
  }

  async function listen() {
    const client = new Client({ connectionString: url });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      if (message.payload === '*') {
        loadAll().catch((error) => log(`Shared cache tags: reload failed: ${error.message}`));
        return;
      }
      const { expiredAt, tags } = JSON.parse(message.payload);
      for (const tag of tags) applyExpiry(tag, expiredAt);
    });
    const reconnect = (/** @type {Error | undefined} */ error) => {
      if (isStopped || listener !== client) return;
      listener = null;
      log(`Shared cache tags: listener lost (${error?.message ?? 'connection ended'}); reconnecting`);
      client.end().catch(() => {});
      retry = setTimeout(() => void start(), retryMs);
      retryMs = Math.min(retryMs * 2, 30_000);
    };
    client.on('error', reconnect);
    client.on('end', () => reconnect(undefined));
    await client.connect();
    listener = client;
    await client.query(`LISTEN ${CHANNEL}`);
    // Listening first, then loading: nothing published in between is missed.
    await loadAll();
    retryMs = 500;
  }

  async function start() {
    try {
      await listen();
    } catch (error) {
      if (isStopped) return;
      log(`Shared cache tags: cannot listen (${error instanceof Error ? error.message : String(error)}); retrying`);
      listener?.end().catch(() => {});
      listener = null;
      retry = setTimeout(() => void start(), retryMs);
      retryMs = Math.min(retryMs * 2, 30_000);
    }
  }

  const ready = start();

  return {
    ready,
    async publish(tags) {
      if (tags.length === 0) return;
      const expiredAt = Math.max(...tags.map((tag) => tagsManifest.get(tag)?.expired ?? 0));
      if (expiredAt <= 0) return;
      const message = JSON.stringify({ expiredAt, tags });
      // One statement, one transaction: the rows and the announcement commit together.
      await pool.query(
        `WITH written AS (
           INSERT INTO "CacheTagExpiration" ("tag", "expiredAt")
           SELECT tag, $2::float8 FROM unnest($1::text[]) AS tag
           ON CONFLICT ("tag") DO UPDATE
             SET "expiredAt" = GREATEST("CacheTagExpiration"."expiredAt", EXCLUDED."expiredAt"), "updatedAt" = now()
           RETURNING 1)
         SELECT pg_notify($3, $4) FROM (SELECT count(*) FROM written) AS done`,
        [tags, expiredAt, CHANNEL, message.length > MAX_PAYLOAD ? '*' : message],
      );
    },
    async stop() {
      isStopped = true;
      clearTimeout(retry);
      const client = listener;
      listener = null;
      await Promise.allSettled([client?.end(), pool.end()]);
    },
  };
}

/** @type {SharedTags | null} */
let shared = null;

/**
 * This process's connection, opened on first use by a running server (never by `next build`,
 * whose workers would be held open by it) when it has a database.
 * @returns {SharedTags | null}
 */
function sharedTags() {
  if (shared) return shared;
  const url = process.env.DATABASE_URL;
  if (!url || process.env.NEXT_PHASE === 'phase-production-build' || process.env.REGISTRY_SHARED_CACHE_TAGS === 'off') return null;
  shared = connectSharedTags({ url });
  return shared;
}

/** @type {Promise<unknown> | null} */
let settled = null;

/** Resolves once the table is loaded, or after READY_WAIT_MS if the database does not answer. */
function whenReady(/** @type {SharedTags} */ tags) {
  settled ??= Promise.race([tags.ready, new Promise((resolve) => setTimeout(resolve, READY_WAIT_MS).unref())]);
  return settled;
}

module.exports = { connectSharedTags, sharedTags, whenReady, CHANNEL };
