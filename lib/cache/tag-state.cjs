// @ts-check
// When each cache tag was last invalidated, for this process and, through PostgreSQL, for every
// `next start` process on the same database.
//
// Both cache handlers read it: the page cache (page-cache-handler.cjs, next.config `cacheHandler`)
// and the 'use cache' data cache (data-cache-handler.cjs, `cacheHandlers.default`). Next calls
// `updateTags` / `revalidateTag` on them when an action calls updateTag; they record the expiry here
// and it is published: written to "CacheTagExpiration" and announced with NOTIFY, in one statement
// (the notification is delivered on commit). Every process loads the table when it starts and
// listens; a process whose listener is down reads the table again before serving (refresh).
// This is the documented design for several instances (Next's cacheHandlers reference,
// "Distributed Tag Coordination"; its self-hosting guide, "Multi-Instance Cache Coordination").
//
// The state lives on globalThis so that the two handlers share it even if Next loads them through
// different module instances. Clocks of several machines must agree (NTP), as for any shared cache.

const { Client, Pool } = require('pg');

const CHANNEL = 'registry_cache_tags';
/** NOTIFY payloads stop at 8,000 bytes; past this, listeners are told to reload the table. */
const MAX_PAYLOAD = 7_000;
/** How long a read waits for the table at start before serving what the process knows. */
const READY_WAIT_MS = 3_000;
/** While the listener is down, the table is read again at most this often. */
const POLL_INTERVAL_MS = 1_000;

/** @typedef {{ expired?: number, stale?: number }} TagExpiry */
/**
 * @typedef {{
 *   ready: Promise<void>,
 *   isListening: () => boolean,
 *   reload: () => Promise<void>,
 *   publish: (tags: string[], expiredAt: number) => Promise<void>,
 *   stop: () => Promise<void>,
 * }} SharedTags
 */

const now = () => performance.timeOrigin + performance.now();

/**
 * One process's record of invalidated tags.
 * @returns {{ tags: Map<string, TagExpiry>, sharing: SharedTags | null, ready: Promise<unknown> | null, lastPoll: number, pending: { tags: Set<string>, expiredAt: number, done: Promise<void> } | null }}
 */
function state() {
  const key = Symbol.for('registry.cache-tag-state');
  const holder = /** @type {Record<symbol, any>} */ (globalThis);
  holder[key] ??= { tags: new Map(), sharing: null, ready: null, lastPoll: 0, pending: null };
  return holder[key];
}

/** Records an immediate expiry, keeping the later of two. */
function applyExpiry(/** @type {string} */ tag, /** @type {number} */ expiredAt) {
  const { tags } = state();
  const entry = tags.get(tag) ?? {};
  if (typeof entry.expired === 'number' && entry.expired >= expiredAt) return;
  tags.set(tag, { ...entry, expired: expiredAt });
}

/**
 * Whether any of `tags` was invalidated after `timestamp` (and the expiry has come): an entry made
 * at `timestamp` holds data from before the edit.
 * @param {readonly string[]} tags @param {number} timestamp
 */
function isExpired(tags, timestamp) {
  const current = now();
  for (const tag of tags) {
    const expiredAt = state().tags.get(tag)?.expired;
    if (typeof expiredAt === 'number' && expiredAt > timestamp && expiredAt <= current) return true;
  }
  return false;
}

/** Whether any of `tags` was marked stale (serve, then refresh) after `timestamp`. */
function isStale(/** @type {readonly string[]} */ tags, /** @type {number} */ timestamp) {
  for (const tag of tags) {
    const staleAt = state().tags.get(tag)?.stale;
    if (typeof staleAt === 'number' && staleAt > timestamp) return true;
  }
  return false;
}

/** The latest expiry among `tags`, 0 if none was invalidated (cacheHandlers `getExpiration`). */
function latestExpiry(/** @type {readonly string[]} */ tags) {
  let latest = 0;
  for (const tag of tags) latest = Math.max(latest, state().tags.get(tag)?.expired ?? 0);
  return latest;
}

/**
 * Records an invalidation (Next's `updateTags` contract: no durations = expire now; durations =
 * stale now, expired after `durations.expire` seconds) and shares immediate expiries. Both handlers
 * call this for the same updateTag; calls in the same tick are published once.
 * @param {string[]} tags @param {{ expire?: number } | undefined} durations
 * @returns {Promise<void>}
 */
function invalidate(tags, durations) {
  const at = now();
  const current = state();
  for (const tag of tags) {
    const entry = current.tags.get(tag) ?? {};
    if (durations) {
      current.tags.set(tag, { ...entry, stale: at, ...(durations.expire !== undefined ? { expired: at + durations.expire * 1000 } : {}) });
    } else {
      applyExpiry(tag, at);
    }
  }
  // Only immediate expiries are shared: the project invalidates with updateTag (lib/actions).
  const sharing = durations ? null : sharedTags();
  if (!sharing || tags.length === 0) return Promise.resolve();
  if (!current.pending) {
    /** @type {{ tags: Set<string>, expiredAt: number, done: Promise<void> }} */
    const batch = { tags: new Set(), expiredAt: at, done: Promise.resolve() };
    batch.done = new Promise((resolve) => setImmediate(resolve)).then(async () => {
      current.pending = null;
      const list = [...batch.tags];
      // The edit is committed whatever happens here, and this process already knows of it.
      await sharing
        .publish(list, batch.expiredAt)
        .catch((/** @type {Error} */ error) => console.error(`Cache tags: could not share ${list.join(', ')}: ${error.message}`));
    });
    current.pending = batch;
  }
  for (const tag of tags) current.pending.tags.add(tag);
  current.pending.expiredAt = Math.max(current.pending.expiredAt, at);
  return current.pending.done;
}

/**
 * Before serving from a cache: what other processes invalidated is known. Waits for the table at
 * start (at most READY_WAIT_MS), and reads it again while the listener is down.
 * @returns {Promise<void>}
 */
async function refresh() {
  const sharing = sharedTags();
  if (!sharing) return;
  const current = state();
  current.ready ??= Promise.race([sharing.ready, new Promise((resolve) => setTimeout(resolve, READY_WAIT_MS).unref())]);
  await current.ready;
  if (sharing.isListening() || now() - current.lastPoll < POLL_INTERVAL_MS) return;
  current.lastPoll = now();
  await sharing.reload().catch(() => {}); // the database is away: serve what this process knows
}

/**
 * Listens for invalidations on `url` and publishes this process's own.
 * @param {{ url: string, log?: (message: string) => void }} options
 * @returns {SharedTags}
 */
function connectSharedTags({ url, log = (message) => console.error(message) }) {
  const pool = new Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5_000 });
  pool.on('error', (error) => log(`Cache tags: ${error.message}`));
  /** @type {import('pg').Client | null} */
  let listener = null;
  let isStopped = false;
  let retryMs = 500;
  /** @type {NodeJS.Timeout | undefined} */
  let retry;

  async function reload() {
    const { rows } = await pool.query('SELECT "tag", "expiredAt" FROM "CacheTagExpiration"');
    for (const row of rows) applyExpiry(row.tag, Number(row.expiredAt));
  }

  function scheduleRetry() {
    retry = setTimeout(() => void start(), retryMs);
    retry.unref();
    retryMs = Math.min(retryMs * 2, 30_000);
  }

  async function listen() {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      if (message.payload === '*') {
        reload().catch((error) => log(`Cache tags: reload failed: ${error.message}`));
        return;
      }
      const { expiredAt, tags } = JSON.parse(message.payload);
      for (const tag of tags) applyExpiry(tag, expiredAt);
    });
    const reconnect = (/** @type {Error | undefined} */ error) => {
      if (isStopped || listener !== client) return;
      listener = null;
      log(`Cache tags: listener lost (${error?.message ?? 'connection ended'}); reconnecting`);
      client.end().catch(() => {});
      scheduleRetry();
    };
    client.on('error', reconnect);
    client.on('end', () => reconnect(undefined));
    await client.connect();
    listener = client;
    await client.query(`LISTEN ${CHANNEL}`);
    // Listening first, then loading: nothing published in between is missed.
    await reload();
    retryMs = 500;
  }

  async function start() {
    try {
      await listen();
    } catch (error) {
      if (isStopped) return;
      log(`Cache tags: cannot listen (${error instanceof Error ? error.message : String(error)}); retrying`);
      listener?.end().catch(() => {});
      listener = null;
      scheduleRetry();
    }
  }

  return {
    ready: start(),
    isListening: () => listener !== null,
    reload,
    async publish(tags, expiredAt) {
      if (tags.length === 0) return;
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

/**
 * This process's connection, opened on first use by a running server (never by `next build`,
 * whose workers would be held open by it) when it has a database.
 * @returns {SharedTags | null}
 */
function sharedTags() {
  const current = state();
  if (current.sharing) return current.sharing;
  const url = process.env.DATABASE_URL;
  if (!url || process.env.NEXT_PHASE === 'phase-production-build' || process.env.REGISTRY_SHARED_CACHE_TAGS === 'off') return null;
  current.sharing = connectSharedTags({ url });
  return current.sharing;
}

/** Closes this process's connections (a test process that ends; a server's own exit closes them anyway). */
async function stopSharing() {
  const current = state();
  const sharing = current.sharing;
  current.sharing = null;
  current.ready = null;
  await sharing?.stop();
}

module.exports = { CHANNEL, connectSharedTags, invalidate, isExpired, isStale, latestExpiry, refresh, now, stopSharing };
