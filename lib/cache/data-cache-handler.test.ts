import { createRequire } from 'node:module';
import type { CacheEntry, CacheHandler } from 'next/cache';
import { describe, expect, it } from 'vitest';

// Loaded as Next loads it (CommonJS, cacheHandlers.default). Sharing with other processes is
// tests/integration/shared-cache-tags.test.ts.
const require = createRequire(import.meta.url);
process.env.REGISTRY_SHARED_CACHE_TAGS = 'off';
const handler = require('./data-cache-handler.cjs') as CacheHandler;

const now = () => performance.timeOrigin + performance.now();
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
const bytes = (text: string) => new TextEncoder().encode(text);
const text = async (entry: CacheEntry | undefined) => (entry ? new Response(entry.value).text() : undefined);

function entry(tags: string[], body: string, options: Partial<Omit<CacheEntry, 'value' | 'tags'>> = {}): Promise<CacheEntry> {
  return Promise.resolve({
    value: new Response(bytes(body)).body!,
    tags,
    stale: 300,
    timestamp: now(),
    expire: 86_400,
    revalidate: 3_600,
    ...options,
  });
}

let counter = 0;
const fresh = () => {
  counter += 1;
  return { key: `["build","getCityPage",${counter}]`, tag: `city:data-${counter}` };
};

describe('the data cache handler', () => {
  it('gives back what was stored, as a new stream each time', async () => {
    const { key, tag } = fresh();
    await handler.set(key, entry([tag], 'cached'));
    expect(await text(await handler.get(key, []))).toBe('cached');
    expect(await text(await handler.get(key, []))).toBe('cached');
  });

  it('drops an entry whose computation began before an edit of one of its tags', async () => {
    const { key, tag } = fresh();
    const began = now();
    await pause();
    await handler.updateTags([tag]); // the edit lands while the value is computed
    await handler.set(key, entry([tag], 'read before the edit', { timestamp: began }));
    expect(await handler.get(key, [])).toBeUndefined();
  });

  it('keeps an entry computed after the edit', async () => {
    const { key, tag } = fresh();
    await handler.updateTags([tag]);
    await pause();
    await handler.set(key, entry([tag], 'read after the edit'));
    expect(await text(await handler.get(key, []))).toBe('read after the edit');
  });

  it('reports the latest invalidation of a set of tags, 0 for tags never invalidated', async () => {
    const { tag } = fresh();
    expect(await handler.getExpiration([tag, `${tag}-other`])).toBe(0);
    const before = now();
    await handler.updateTags([tag]);
    expect(await handler.getExpiration([tag, `${tag}-other`])).toBeGreaterThanOrEqual(Math.floor(before));
  });

  it('drops an entry past its revalidate time, and never stores one that expires at once', async () => {
    const old = fresh();
    await handler.set(old.key, entry([old.tag], 'old', { timestamp: now() - 10_000, revalidate: 5 }));
    expect(await handler.get(old.key, [])).toBeUndefined();
    const dynamic = fresh();
    await handler.set(dynamic.key, entry([dynamic.tag], 'dynamic', { expire: 0 }));
    expect(await handler.get(dynamic.key, [])).toBeUndefined();
  });

  it('serves an entry marked stale by a profile with revalidate -1, so Next refreshes it in the background', async () => {
    const { key, tag } = fresh();
    await handler.set(key, entry([tag], 'stale soon', { timestamp: now() - 1 }));
    await handler.updateTags([tag], { expire: 3_600 });
    const served = await handler.get(key, []);
    expect(served?.revalidate).toBe(-1);
    expect(await text(served)).toBe('stale soon');
  });

  it('waits for a value being stored before answering', async () => {
    const { key, tag } = fresh();
    let finish: (value: CacheEntry) => void = () => {};
    const storing = handler.set(key, new Promise<CacheEntry>((resolve) => (finish = resolve)));
    const answer = handler.get(key, []);
    finish(await entry([tag], 'late'));
    await storing;
    expect(await text(await answer)).toBe('late');
  });
});
