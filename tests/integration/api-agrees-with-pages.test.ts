// Issue 6: the API counts what the pages count. Its figures come from the same reads, so any
// disagreement here means an endpoint filtered, paged or joined differently from a page.
import { describe, expect, it } from 'vitest';
import { RELEASE_2023 } from './fixtures/subsidy-figures';
import { TABLE_2019_TOTAL } from './fixtures/source-figures';
import { callApi } from './support/api';

type List<T> = { data: T[]; meta: { total: number; asOf?: string } };
type CityItem = { slug: string; region: { slug: string }; isDesignated: boolean };

async function list<T>(url: string): Promise<List<T>> {
  const response = await callApi(url);
  expect(response.status, url).toBe(200);
  return (await response.json()) as List<T>;
}

/** Every item of a list, page by page through links.next, 100 at a time. */
async function all<T>(url: string): Promise<T[]> {
  const items: T[] = [];
  let next: string | undefined = `${url}${url.includes('?') ? '&' : '?'}pageSize=100`;
  while (next) {
    const response = await callApi(next);
    const body = (await response.json()) as List<T> & { links: { next?: string } };
    items.push(...body.data);
    next = body.links.next;
  }
  return items;
}

describe('the API and the pages give the same counts', () => {
  it('counts Seoul’s learning cities as the region page does', async () => {
    const { getRegionPage } = await import('@/lib/regions/queries');
    const page = await getRegionPage('seoul');
    const designated = page!.localGovernments.filter((lg) => lg.isDesignated);
    const api = await list<CityItem>('/api/v1/cities?region=seoul&pageSize=100');
    expect(api.meta.total).toBe(designated.length);
    expect(api.data.map((city) => city.slug)).toEqual(designated.map((lg) => lg.slug));
  });

  it('gives each region the counts of getRegionSummaries, and each region’s cities add up to them', async () => {
    const { getRegionSummaries } = await import('@/lib/regions/queries');
    const summaries = await getRegionSummaries();
    const regions = await list<{ slug: string; unitCount: number; designatedCount: number }>('/api/v1/regions');
    expect(regions.data.map(({ slug, unitCount, designatedCount }) => ({ slug, unitCount, designatedCount }))).toEqual(
      summaries.map(({ slug, unitCount, designatedCount }) => ({ slug, unitCount, designatedCount })),
    );
    const cities = await all<CityItem>('/api/v1/cities');
    for (const region of summaries)
      expect(cities.filter((city) => city.region.slug === region.slug).length, region.slug).toBe(region.designatedCount);
  });

  it('lists today as many learning cities as the home page’s headline figure', async () => {
    const { getHeadlineFigures } = await import('@/lib/registry/queries');
    const figures = await getHeadlineFigures();
    expect((await list('/api/v1/cities')).meta.total).toBe(figures.counts.learningCities);
  });

  it('lists on 2019-10-01 the 169 cities of the association’s 2019 table, in 17 regions', async () => {
    const { getRegistryAsOf } = await import('@/lib/registry/queries');
    const registry = await getRegistryAsOf('2019-10-01');
    const cities = await list<CityItem>('/api/v1/cities?asOf=2019-10-01');
    expect(cities.meta).toMatchObject({ total: TABLE_2019_TOTAL, asOf: '2019-10-01' });
    const regions = await list<{ slug: string; nameKo: string; designatedCount: number }>('/api/v1/regions?asOf=2019-10-01');
    expect(regions.meta.total).toBe(17);
    expect(regions.data.map((r) => [r.slug, r.designatedCount])).toEqual(registry.regions.map((r) => [r.slug, r.cities.length]));
    // Under the names of the day: Gangwon was 강원도 until 2023-06-11.
    expect(regions.data.find((region) => region.slug === 'gangwon')?.nameKo).toBe('강원도');
  });

  it('lists on 2023-12-31 exactly the cities of getRegistryAsOf', async () => {
    const { getRegistryAsOf } = await import('@/lib/registry/queries');
    const registry = await getRegistryAsOf('2023-12-31');
    const cities = await all<CityItem & { nameKo: string }>('/api/v1/cities?asOf=2023-12-31');
    expect(cities).toHaveLength(registry.counts.learningCities);
    expect(new Set(cities.map((city) => city.slug))).toEqual(new Set(registry.regions.flatMap((r) => r.cities.map((c) => c.slug))));
  });

  it('finds with q on a past day only cities of that day', async () => {
    const found = await list<CityItem>('/api/v1/cities?asOf=2019-10-01&q=%EC%A4%91%EA%B5%AC');
    const today = await list<CityItem>('/api/v1/cities?scope=all&q=%EC%A4%91%EA%B5%AC');
    expect(found.meta.total).toBeGreaterThan(0);
    const then = new Set((await all<CityItem>('/api/v1/cities?asOf=2019-10-01')).map((city) => city.slug));
    for (const city of found.data) expect(then.has(city.slug)).toBe(true);
    expect(found.data.every((city) => today.data.some((match) => match.slug === city.slug))).toBe(true);
  });

  it('lists every designation, and 2023’s 28 published allocations adding up to the release’s total', async () => {
    const { db } = await import('@/lib/db');
    expect((await list('/api/v1/designations')).meta.total).toBe(await db.designation.count());
    const allocations = await all<{ amount: number; programme: { code: string } }>('/api/v1/allocations?year=2023');
    expect(allocations).toHaveLength(7 + RELEASE_2023.specializationCities + RELEASE_2023.consortiumRegions.length);
    expect(BigInt(allocations.reduce((sum, allocation) => sum + allocation.amount, 0))).toBe(RELEASE_2023.total);
  });
});
