// The query budget (issue 7): the SQL statements behind a city page, a region page, the search
// and the ministry's dashboard are counted through the application's own client; the count is
// the same for a small case and a large one, and does not grow when the registry grows. (Next's
// 'use cache' is a no-op under Vitest, so every read below runs in full.)
import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, createActor } from './support/actors';
import { freshLocalGovernment } from './support/action-cases';

process.env.REGISTRY_QUERY_EVENTS = '1';

let recordQueries: (work: () => Promise<unknown>) => Promise<string[]>;
beforeAll(async () => {
  ({ recordQueries } = await import('@/lib/db'));
});
const count = async (work: () => Promise<unknown>) => (await recordQueries(work)).length;

describe('the queries behind a page', () => {
  it('a city page takes the same few statements for a city with a long history and for one with none', async () => {
    const { getCityPage } = await import('@/lib/cities/queries');
    const busy = await count(() => getCityPage('busan-yeonje-gu'));
    const quiet = await count(() => getCityPage('seoul-gangbuk-gu'));
    expect(busy).toBe(quiet);
    // Prisma reads each included relation with its own statement: a fixed number, not one per row.
    // Issue 12 added four: the predecessor a designation was made to, the designations made to an
    // abolished unit that a successor holds (with their evaluations and announcement and holder),
    // and each predecessor's designations.
    expect(busy).toBeLessThanOrEqual(26);
  });

  it('a region page takes the same statements for 5 local governments as for 31, and after 10 more', async () => {
    const [{ getRegionPage }, { db }] = await Promise.all([import('@/lib/regions/queries'), import('@/lib/db')]);
    const ulsan = await count(() => getRegionPage('ulsan'));
    const gyeonggi = await count(() => getRegionPage('gyeonggi'));
    const seoulBefore = await count(() => getRegionPage('seoul'));
    for (let i = 0; i < 10; i++) await freshLocalGovernment(db);
    const page = await getRegionPage('seoul');
    expect(page!.localGovernments.length).toBeGreaterThanOrEqual(35);
    expect(await count(() => getRegionPage('seoul'))).toBe(seoulBefore);
    expect(ulsan).toBe(gyeonggi);
    // Two more since issue 12: a list item reads the designations made to it that a successor holds
    // (the history back to 2001), and the evaluation groups are read once beside the rules, each
    // designation's group resolved by id (the schedule), not as a relation per designation list.
    expect(ulsan).toBeLessThanOrEqual(12);
  });

  it('the search takes the same statements for one result as for a hundred', async () => {
    const [{ searchCities }, { parseCitySearch }] = await Promise.all([import('@/lib/cities/queries'), import('@/lib/cities/schemas')]);
    const one = await count(() => searchCities(parseCitySearch({ q: '관악' }), 'ko'));
    const many = await count(() => searchCities(parseCitySearch({ scope: 'all' }), 'ko'));
    const filtered = await count(() => searchCities(parseCitySearch({ status: 'redesignated', next: '2026' }), 'ko'));
    expect(one).toBe(many);
    expect(filtered).toBe(many);
    // Two more since issue 12, as the region page's.
    expect(many).toBeLessThanOrEqual(8);
  });

  it('the ministry’s dashboard takes the same statements for one year as for all years, and for any one city', async () => {
    const [{ getSubsidyDashboard }, { parseSubsidyFilters }] = await Promise.all([
      import('@/lib/subsidies/queries'),
      import('@/lib/subsidies/filters'),
    ]);
    actAs(await createActor('ministry'));
    const year = await count(() => getSubsidyDashboard(parseSubsidyFilters({ year: '2023' })));
    const all = await count(() => getSubsidyDashboard(parseSubsidyFilters({})));
    const busyCity = await count(() => getSubsidyDashboard(parseSubsidyFilters({ city: 'busan-yeonje-gu' })));
    const quietCity = await count(() => getSubsidyDashboard(parseSubsidyFilters({ city: 'chungbuk-boeun-gun' })));
    expect(year).toBe(all);
    expect(busyCity).toBe(quietCity);
    expect(all).toBeLessThanOrEqual(15);
  });
});
