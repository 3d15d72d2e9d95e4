import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The handler is CommonJS, loaded by Next at run time; this file loads it the same way. Sharing
// with other processes is tests/integration/shared-cache-tags.test.ts.
const require = createRequire(import.meta.url);
process.env.REGISTRY_SHARED_CACHE_TAGS = 'off';
type Entry = { lastModified: number; value: { html: string } } | null;
type Handler = {
  get(key: string, ctx: object): Promise<Entry>;
  set(key: string, data: object | null, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
};
const PageCacheHandler = require('./page-cache-handler.cjs') as new (ctx: object) => Handler;

const read = { kind: 'APP_PAGE' };
const store = { cacheControl: { revalidate: 3600, expire: 86400 } };
const page = (tag: string, html = '<p>page</p>') => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('rsc'),
  headers: { 'x-next-cache-tags': `_N_T_/layout,${tag}` },
  status: 200,
  segmentData: new Map(),
});
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

let counter = 0;
const fresh = () => {
  counter += 1;
  return { key: `/route-cache/APP_PAGE/x/$/ko/cities/case-${counter}`, tag: `city:case-${counter}` };
};

describe('the page cache handler', () => {
  it('serves a stored page until an edit expires one of its tags, then answers a miss so Next renders it', async () => {
    const { key, tag } = fresh();
    const cache = new PageCacheHandler({});
    expect(await cache.get(key, read)).toBeNull();
    await cache.set(key, page(tag), store);
    for (let i = 0; i < 3; i++) expect((await cache.get(key, read))?.value.html).toBe('<p>page</p>');
    await pause();
    await cache.revalidateTag([tag]);
    expect(await cache.get(key, read)).toBeNull();
  });

  it('expires a page whose render began before an edit and was stored after it', async () => {
    const { key, tag } = fresh();
    const cache = new PageCacheHandler({});
    expect(await cache.get(key, read)).toBeNull(); // a visitor asks; the render begins
    await pause();
    await cache.revalidateTag(tag); // a staff member saves while it renders
    await pause();
    await cache.set(key, page(tag, '<p>before the edit</p>'), store); // the render, made from data read before the edit, ends

    expect(await cache.get(key, read)).toBeNull();
  });

  it('keeps a page rendered after the edit, so it renders once', async () => {
    const { key, tag } = fresh();
    const cache = new PageCacheHandler({});
    await cache.set(key, page(tag), store);
    await pause();
    await cache.revalidateTag(tag);
    await pause();
    expect(await cache.get(key, read)).toBeNull(); // expired by the edit: the render begins now
    await pause();
    await cache.set(key, page(tag, '<p>after the edit</p>'), store);

    expect((await cache.get(key, read))?.value.html).toBe('<p>after the edit</p>');
    expect((await cache.get(key, read))?.value.html).toBe('<p>after the edit</p>');
  });

  it('leaves pages without the edited tag alone', async () => {
    const edited = fresh();
    const other = fresh();
    const cache = new PageCacheHandler({});
    await cache.set(edited.key, page(edited.tag), store);
    await cache.set(other.key, page(other.tag), store);
    await pause();
    await cache.revalidateTag(edited.tag);
    expect(await cache.get(edited.key, read)).toBeNull();
    expect((await cache.get(other.key, read))?.value.html).toBe('<p>page</p>');
  });

  it('stamps a page due for revalidation with when that was found, so an edit during its regeneration expires it', async () => {
    const { key, tag } = fresh();
    const cache = new PageCacheHandler({});
    await cache.set(key, page(tag), { cacheControl: { revalidate: 0.001, expire: 86400 } });
    await new Promise((resolve) => setTimeout(resolve, 50)); // well past its revalidate time
    expect(await cache.get(key, read)).not.toBeNull(); // served stale; Next regenerates it in the background
    await pause();
    await cache.revalidateTag(tag);
    await pause();
    await cache.set(key, page(tag, '<p>regenerated from data read before the edit</p>'), store);
    expect(await cache.get(key, read)).toBeNull();
  });

  it('shares what it knows between handler instances, as Next makes one per request', async () => {
    const { key, tag } = fresh();
    await new PageCacheHandler({}).set(key, page(tag), store);
    expect(await new PageCacheHandler({}).get(key, read)).not.toBeNull();
    await new PageCacheHandler({}).revalidateTag(tag);
    expect(await new PageCacheHandler({}).get(key, read)).toBeNull();
  });
});
