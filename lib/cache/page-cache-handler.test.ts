import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The handler is CommonJS, loaded by Next at run time; requiring it and Next's tags manifest the
// same way shares the manifest's module state, as in the server.
const require = createRequire(import.meta.url);
// This process's cache only: sharing with other processes is tests/integration/shared-cache-tags.test.ts.
process.env.REGISTRY_SHARED_CACHE_TAGS = 'off';
type Entry = { lastModified: number; value: unknown } | null;
type Handler = { get(key: string, ctx: object): Promise<Entry>; set(key: string, data: object, ctx: object): Promise<void> };
type HandlerClass = new (ctx: object) => Handler;
const PageCacheHandler = require('./page-cache-handler.cjs') as HandlerClass;
const FileSystemCache = (require('next/dist/server/lib/incremental-cache/file-system-cache') as { default: HandlerClass }).default;
const { tagsManifest, areTagsExpired } = require('next/dist/server/lib/incremental-cache/tags-manifest.external') as {
  tagsManifest: Map<string, { expired?: number; stale?: number }>;
  areTagsExpired: (tags: string[], timestamp: number) => boolean;
};
const { nodeFs } = require('next/dist/server/lib/node-fs-methods') as { nodeFs: object };

const options = {
  fs: nodeFs,
  flushToDisk: false,
  serverDistDir: mkdtempSync(path.join(tmpdir(), 'page-cache-')),
  revalidatedTags: [],
  maxMemoryCacheSize: 8 * 1024 * 1024,
};
const read = { kind: 'APP_PAGE' };
const store = { cacheControl: { revalidate: 3600, expire: 86400 } };
const page = (tag: string) => ({
  kind: 'APP_PAGE',
  html: '<p>page</p>',
  rscData: Buffer.from('rsc'),
  headers: { 'x-next-cache-tags': tag },
  status: 200,
  segmentData: new Map(),
});
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
const now = () => performance.timeOrigin + performance.now();
/** What updateTag does to the process's tags manifest (Next's default cache handlers). */
const edit = (tag: string) => tagsManifest.set(tag, { expired: now(), stale: now() });

let counter = 0;
const fresh = () => {
  counter += 1;
  return { key: `/ko/cities/case-${counter}`, tag: `city:case-${counter}` };
};

describe('the page cache handler', () => {
  it('expires a page whose render began before an edit and was stored after it', async () => {
    const { key, tag } = fresh();
    const cache = new PageCacheHandler(options);
    expect(await cache.get(key, read)).toBeNull(); // a visitor asks; the render begins
    await pause();
    edit(tag); // a staff member saves while it renders
    await pause();
    await cache.set(key, page(tag), store); // the render, made from data read before the edit, ends

    const entry = await cache.get(key, read);
    expect(entry).not.toBeNull();
    expect(areTagsExpired([tag], entry!.lastModified)).toBe(true);
  });

  it('is needed: Next’s own cache stamps that page after the edit, so it counted as fresh', async () => {
    const { key, tag } = fresh();
    const cache = new FileSystemCache(options);
    await cache.get(key, read);
    await pause();
    edit(tag);
    await pause();
    await cache.set(key, page(tag), store);
    const entry = await cache.get(key, read);
    expect(areTagsExpired([tag], entry!.lastModified)).toBe(false);
  });

  it('keeps a page rendered after the edit fresh, so it renders once', async () => {
    const { key, tag } = fresh();
    const cache = new PageCacheHandler(options);
    await cache.set(key, page(tag), store);
    await pause();
    edit(tag);
    await pause();
    expect(await cache.get(key, read)).toBeNull(); // expired by the edit: the render begins now
    await pause();
    await cache.set(key, page(tag), store);

    const entry = await cache.get(key, read);
    expect(areTagsExpired([tag], entry!.lastModified)).toBe(false);
    expect(await cache.get(key, read)).toEqual(entry);
  });

  it('leaves a page that many visitors read fresh until an edit, then expires it', async () => {
    const { key, tag } = fresh();
    const cache = new PageCacheHandler(options);
    await cache.set(key, page(tag), store);
    for (let i = 0; i < 3; i++) expect(areTagsExpired([tag], (await cache.get(key, read))!.lastModified)).toBe(false);
    await pause();
    edit(tag);
    expect(await cache.get(key, read)).toBeNull();
  });
});
