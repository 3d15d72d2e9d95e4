// Issue 13: cached reads check their own arguments (a 'use cache' function can be reached as a
// server function with arguments no route would pass), and every date parameter is a real date.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentsError } from '@/lib/core/cached-arguments';
import { parseCitySearch } from '@/lib/cities/schemas';
import { actAs, createActor } from './support/actors';

describe('cached reads called directly', () => {
  it('refuse what the routes would have refused, before reading anything', async () => {
    const [{ searchCities, getCityPage }, { getRegistryAsOf }, { getRegionPage }, { getCodesOn }, { buildAnswer }] = await Promise.all([
      import('@/lib/cities/queries'),
      import('@/lib/registry/queries'),
      import('@/lib/regions/queries'),
      import('@/lib/api/queries'),
      import('@/lib/api/build'),
    ]);
    const search = parseCitySearch({ q: '강남' });
    await expect(searchCities({ ...search, q: '강'.repeat(20_000) }, 'ko')).rejects.toThrow(InvalidArgumentsError);
    await expect(searchCities({ ...search, extra: 1 } as typeof search, 'ko')).rejects.toThrow(InvalidArgumentsError);
    await expect(searchCities(search, 'xx')).rejects.toThrow(InvalidArgumentsError);
    await expect(getRegistryAsOf('2099-01-01')).rejects.toThrow(InvalidArgumentsError);
    await expect(getRegistryAsOf('2026-02-30')).rejects.toThrow(InvalidArgumentsError);
    await expect(getCodesOn('1999-12-31')).rejects.toThrow(InvalidArgumentsError);
    // A slug no route could name has no page (404), whatever its case or length.
    expect(await getCityPage('../../etc/passwd')).toBeNull();
    expect(await getCityPage('Seoul-Gwanak-Gu')).toBeNull();
    expect(await getRegionPage('x'.repeat(500))).toBeNull();
    await expect(buildAnswer('listCities', { q: 'x'.repeat(20_000), page: 1, pageSize: 50 }, null)).rejects.toThrow(InvalidArgumentsError);
    await expect(buildAnswer('noSuchOperation' as never, {}, null)).rejects.toThrow(InvalidArgumentsError);
    // What the routes pass still reads.
    expect((await searchCities(search, 'ko')).cities.length).toBeGreaterThan(0);
    expect((await getRegistryAsOf('2019-10-01')).counts.learningCities).toBe(169);
  });
});

describe('date parameters', () => {
  it('that are not real days are no filter on the audit page, never an error', async () => {
    const [{ AuditFiltersSchema }, { getAuditEntries }] = await Promise.all([import('@/lib/audit/schemas'), import('@/lib/audit/queries')]);
    for (const day of ['9999-99-99', '2026-02-30', '2026-13-01', '0000-00-00']) {
      const filters = AuditFiltersSchema.parse({ from: day, to: day });
      expect(filters.from, day).toBeUndefined();
      expect(filters.to, day).toBeUndefined();
    }
    actAs(await createActor('admin'));
    const filters = AuditFiltersSchema.parse({ from: '9999-99-99' });
    await expect(getAuditEntries(filters)).resolves.toMatchObject({ total: expect.any(Number) });
  });
});
