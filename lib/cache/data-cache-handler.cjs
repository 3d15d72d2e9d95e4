// @ts-check
// The 'use cache' data cache (next.config `cacheHandlers.default`), written to Next's documented
// CacheHandler interface (node_modules/next/dist/docs/01-app/03-api-reference/05-config/
// 01-next-config-js/cacheHandlers.md): entries in this process's memory, bounded by size; tag
// invalidations recorded in tag-state.cjs, which shares them with every other process through
// PostgreSQL and which the page cache reads too.
//
// Like Next's built-in handler, an entry is dropped once past its `revalidate` time (warming a
// replacement in the background is wasted work for an in-memory store) and when a tag it carries
// was invalidated after it was made (Next stamps an entry with when its computation began, so an
// edit that lands during the computation expires it).

const { LRUCache } = require('lru-cache');
const tagState = require('./tag-state.cjs');

/** Bytes of cached data this process keeps (REGISTRY_DATA_CACHE_MB, default 256 MB). */
const MAX_BYTES = Number(process.env.REGISTRY_DATA_CACHE_MB ?? 256) * 1024 * 1024;

/** @typedef {{ value: ReadableStream<Uint8Array>, tags: string[], stale: number, timestamp: number, expire: number, revalidate: number }} CacheEntry */
/** @typedef {Omit<CacheEntry, 'value'> & { value: Uint8Array }} StoredEntry */

/** @type {LRUCache<string, StoredEntry>} */
const entries = new LRUCache({ maxSize: MAX_BYTES, sizeCalculation: (entry, key) => entry.value.byteLength + key.length + 64 });
/** @type {Map<string, Promise<void>>} */
const pendingSets = new Map();

/** @param {Uint8Array} bytes */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** @type {import('next/cache').CacheHandler} */
const dataCacheHandler = {
  async get(cacheKey) {
    await pendingSets.get(cacheKey);
    const entry = entries.get(cacheKey);
    if (!entry) return undefined;
    if (tagState.now() > entry.timestamp + entry.revalidate * 1000) return undefined;
    if (tagState.isExpired(entry.tags, entry.timestamp)) {
      entries.delete(cacheKey);
      return undefined;
    }
    const revalidate = tagState.isStale(entry.tags, entry.timestamp) ? -1 : entry.revalidate;
    return { ...entry, revalidate, value: streamOf(entry.value) };
  },

  async set(cacheKey, pendingEntry) {
    /** @type {() => void} */
    let done = () => {};
    pendingSets.set(
      cacheKey,
      new Promise((resolve) => {
        done = resolve;
      }),
    );
    try {
      const entry = await pendingEntry;
      // An `expire: 0` entry is regenerated on every read: storing it is wasted (as Next's own).
      if (entry.expire === 0) return;
      const value = new Uint8Array(await new Response(entry.value).arrayBuffer());
      entries.set(cacheKey, { ...entry, value });
    } catch {
      // An interrupted value is not kept: the next read computes it again.
    } finally {
      pendingSets.delete(cacheKey);
      done();
    }
  },

  refreshTags: () => tagState.refresh(),

  async getExpiration(tags) {
    return tagState.latestExpiry(tags);
  },

  updateTags: (tags, durations) => tagState.invalidate(tags, durations),
};

module.exports = dataCacheHandler;
