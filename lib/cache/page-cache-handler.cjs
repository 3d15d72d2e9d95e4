// @ts-check
// The cache of rendered pages and route handlers (next.config.ts `cacheHandler`): Next's own file-system
// cache, with one correction, so that a staff edit is on the public page at the next request.
//
// Next stamps a rendered page with the time it was *stored*, and a tag invalidated after that stamp
// makes it stale (tags-manifest.external.js). A page whose render began before an edit and ended
// after it is stamped after the edit, so it counted as fresh while showing the data from before it
// (seen in tests/e2e/signed-in/subsidies.spec.ts: the allocation page prefetches the city page,
// whose regeneration ran while the staff member changed the allocation's status; the old status
// stayed public for the hour of `cacheLife('hours')`).
//
// The correction stamps an entry no later than the first request that found the previous one
// missing or stale: every render starts after such a request, so an edit that lands during the
// render expires what it stores and the next visitor gets a fresh render. Renders that end before
// any edit keep their stamp; nothing renders twice unless an edit landed in between.
//
// Next builds a handler per request, so what the handler remembers lives in the module. The tags
// an edit invalidates are shared with every other process, and remembered across restarts, through
// the database (shared-tags.cjs): reads wait for that record at start, invalidations are published.

const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache').default;
const { areTagsExpired, areTagsStale } = require('next/dist/server/lib/incremental-cache/tags-manifest.external');
const { sharedTags, whenReady } = require('./shared-tags.cjs');

/** Key → when a request first found the stored entry missing or stale (a render may have begun). */
const staleSince = new Map();
/** Key → { storedAt, renderedFrom }: the stamp the last stored entry deserves. */
const stamps = new Map();
/** Keys come from URLs (any slug asked for), so both maps forget their oldest beyond this. */
const MAX_KEYS = 20_000;

const now = () => performance.timeOrigin + performance.now();

/** @param {Map<string, unknown>} map @param {string} key @param {unknown} value */
function remember(map, key, value) {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_KEYS) map.delete(map.keys().next().value);
}

/** @param {any} entry */
function tagsOf(entry) {
  const header = entry?.value?.headers?.['x-next-cache-tags'];
  return typeof header === 'string' && header.length > 0 ? header.split(',') : [];
}

/** Whether Next's IncrementalCache will render again on reading this entry (index.js `get`). */
function wouldRender(entry) {
  if (!entry || !entry.value || entry.lastModified === -1) return true;
  const tags = tagsOf(entry);
  if (areTagsExpired(tags, entry.lastModified) || areTagsStale(tags, entry.lastModified)) return true;
  const revalidate = entry.cacheControl?.revalidate;
  return typeof revalidate === 'number' && now() > entry.lastModified + revalidate * 1000;
}

class PageCacheHandler extends FileSystemCache {
  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const shared = sharedTags();
    if (shared) await whenReady(shared);
    let entry = await super.get(key, ctx);
    if (ctx?.kind === 'FETCH') return entry; // fetch() data: not used here, left as Next keeps it
    const stamp = stamps.get(key);
    if (entry && stamp && entry.lastModified >= stamp.storedAt && stamp.renderedFrom < entry.lastModified) {
      entry = { ...entry, lastModified: stamp.renderedFrom };
    }
    if (!staleSince.has(key) && wouldRender(entry)) remember(staleSince, key, now());
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (ctx?.fetchCache) return super.set(key, data, ctx);
    // FileSystemCache stamps Date.now() (whole milliseconds) just after this.
    const storedAt = Date.now() - 1;
    const renderedFrom = staleSince.get(key) ?? storedAt;
    staleSince.delete(key);
    remember(stamps, key, { storedAt, renderedFrom });
    return super.set(key, data, ctx);
  }

  /** @param {string | string[]} tags @param {any} durations */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    // updateTag (no durations): an immediate expiry, for every process (shared-tags.cjs).
    const shared = durations ? null : sharedTags();
    if (!shared) return;
    const list = typeof tags === 'string' ? [tags] : tags;
    // The edit is committed whatever happens here, and this process already knows of it.
    await shared
      .publish(list)
      .catch((/** @type {Error} */ error) => console.error(`Shared cache tags: could not publish ${list.join(', ')}: ${error.message}`));
  }
}

module.exports = PageCacheHandler;
module.exports.default = PageCacheHandler;
