// @ts-check
// The cache of rendered pages and route handlers (next.config `cacheHandler`), written to Next's
// documented interface — `get`, `set`, `revalidateTag`, `resetRequestCache` (node_modules/next/
// dist/docs/01-app/03-api-reference/05-config/01-next-config-js/incrementalCacheHandlerPath.md) —
// with nothing of Next's own cache subclassed or patched.
//
// Entries live in this process's memory, bounded by size; a process starts empty and renders each
// page once on its first request. `get` checks an entry's tags (its `x-next-cache-tags` header)
// against the invalidations in tag-state.cjs, which every process shares through PostgreSQL, and
// answers a miss for a page an edit has expired: Next then renders it before answering (the
// self-hosting guide: "Index entries by tag … so a revalidateTag call on one instance invalidates
// the entry on every instance").
//
// The stamp. A page is stamped with when its render *began*, not when it was stored: a render that
// began before a staff edit and ended after it shows data from before the edit, and stamped with
// its end it would pass for fresh for the hour of `cacheLife('hours')` (seen in
// tests/e2e/signed-in/subsidies.spec.ts). Next asks `get` before it renders a page, so the first
// `get` that finds the page missing, expired or due for revalidation is when a render may begin;
// `set` stamps the page with that moment. An edit made during the render therefore expires what
// the render stores, and the next visitor gets a fresh render; a render that ends before any edit
// renders once.

const { LRUCache } = require('lru-cache');
const tagState = require('./tag-state.cjs');

const TAGS_HEADER = 'x-next-cache-tags';
/** Bytes of rendered pages this process keeps (REGISTRY_PAGE_CACHE_MB, default 512 MB). */
const MAX_BYTES = Number(process.env.REGISTRY_PAGE_CACHE_MB ?? 512) * 1024 * 1024;
/** Keys come from URLs (any slug asked for): the record of pending renders is bounded too. */
const MAX_PENDING = 20_000;
/** Set REGISTRY_CACHE_LOG=1 to log each page stored and each expired one (tests count renders). */
const isLogging = process.env.REGISTRY_CACHE_LOG === '1';

/** @typedef {{ lastModified: number, value: any, cacheControl?: { revalidate: number | false, expire?: number }, tags: string[], size: number }} StoredPage */

/** @param {any} value */
function sizeOf(value) {
  if (!value) return 64;
  let size = 256;
  if (typeof value.html === 'string') size += value.html.length;
  if (value.rscData) size += value.rscData.byteLength ?? 0;
  if (value.body) size += value.body.byteLength ?? 0;
  if (value.segmentData instanceof Map) for (const segment of value.segmentData.values()) size += segment.byteLength ?? 0;
  if (typeof value.postponed === 'string') size += value.postponed.length;
  if (typeof value.data === 'object' && value.data) size += JSON.stringify(value.data).length;
  return size;
}

/** @param {any} value @param {any} ctx */
function tagsOf(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === 'string' && header.length > 0) return header.split(',');
  return Array.isArray(ctx?.tags) ? ctx.tags : [];
}

/** Module state: Next makes a handler per request. */
/** @type {LRUCache<string, StoredPage>} */
const pages = new LRUCache({ maxSize: MAX_BYTES, sizeCalculation: (page, key) => page.size + key.length });
/** Key → when a `get` first found the page missing, expired or due: a render may have begun. */
/** @type {Map<string, number>} */
const renderMayBeginAt = new Map();

/** @param {string} key */
function noteRenderMayBegin(key) {
  if (renderMayBeginAt.has(key)) return;
  renderMayBeginAt.set(key, tagState.now());
  if (renderMayBeginAt.size > MAX_PENDING) renderMayBeginAt.delete(/** @type {string} */ (renderMayBeginAt.keys().next().value));
}

/** Whether Next will render again with this page in hand: its revalidate time has passed. */
function isDue(/** @type {StoredPage} */ page) {
  const revalidate = page.cacheControl?.revalidate;
  return typeof revalidate === 'number' && tagState.now() > page.lastModified + revalidate * 1000;
}

class PageCacheHandler {
  /** @param {unknown} _context */
  constructor(_context) {}

  /** @param {string} key @param {{ kind?: string }} [_ctx] */
  async get(key, _ctx) {
    await tagState.refresh();
    const page = pages.get(key);
    if (!page) {
      noteRenderMayBegin(key);
      return null;
    }
    // Stale (revalidateTag with a profile, which the project does not use) is treated as expired.
    if (tagState.isExpired(page.tags, page.lastModified) || tagState.isStale(page.tags, page.lastModified)) {
      if (isLogging) console.log(`[page-cache] expired ${key}`);
      pages.delete(key);
      noteRenderMayBegin(key);
      return null;
    }
    if (isDue(page)) noteRenderMayBegin(key);
    return { lastModified: page.lastModified, value: page.value, cacheControl: page.cacheControl };
  }

  /** @param {string} key @param {any} data @param {{ cacheControl?: StoredPage['cacheControl'], tags?: string[] }} ctx */
  async set(key, data, ctx) {
    const storedAt = tagState.now();
    const lastModified = Math.min(renderMayBeginAt.get(key) ?? storedAt, storedAt);
    renderMayBeginAt.delete(key);
    if (data === null) {
      pages.delete(key);
      return;
    }
    pages.set(key, { lastModified, value: data, cacheControl: ctx?.cacheControl, tags: tagsOf(data, ctx), size: sizeOf(data) });
    if (isLogging) console.log(`[page-cache] stored ${key}`);
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await tagState.invalidate(typeof tags === 'string' ? [tags] : tags, durations);
  }

  resetRequestCache() {}
}

module.exports = PageCacheHandler;
module.exports.default = PageCacheHandler;
