// Issue 12: local governments back to 2001, designations carried over in mergers, and one
// counting rule behind every figure: the API, the pages and the region pages say the same.
import { describe, expect, it } from 'vitest';
import { callApi } from './support/api';

type List<T> = { data: T[]; meta: { total: number; asOf?: string } };

async function all<T>(url: string): Promise<T[]> {
  const items: T[] = [];
  let next: string | undefined = `${url}${url.includes('?') ? '&' : '?'}pageSize=100`;
  while (next) {
    const response = await callApi(next);
    expect(response.status, next).toBe(200);
    const body = (await response.json()) as List<T> & { links: { next?: string } };
    items.push(...body.data);
    next = body.links.next;
  }
  return items;
}

type CityItem = { slug: string; code: string | null; kind: string; firstYear: number | null; region: { slug: string } };
type DesignationItem = {
  localGovernment: { slug: string };
  status: string;
  isInForce: boolean;
  firstYear: number | null;
  designatedAs: { slug: string } | null;
  isCountedByMinistry: boolean;
};

describe('the registry back to 2001', () => {
  it('lists on 2005-12-31 Jeju City and Seogwipo, as the basic local governments they were, among 35 learning cities', async () => {
    const cities = await all<CityItem>('/api/v1/cities?asOf=2005-12-31');
    expect(cities).toHaveLength(35);
    const jeju = cities.filter((city) => city.region.slug === 'jeju');
    expect(jeju.map((city) => [city.slug, city.kind, city.code, city.firstYear])).toEqual([
      ['jeju-jeju-si-until-2006', 'si', null, 2002],
      ['jeju-seogwipo-si-until-2006', 'si', null, 2003],
    ]);
    const regions = await all<{ slug: string; nameKo: string; code: string | null; unitCount: number }>('/api/v1/regions?asOf=2005-12-31');
    expect(regions.find((region) => region.slug === 'jeju')).toEqual(
      expect.objectContaining({ nameKo: '제주도', code: null, unitCount: 4 }),
    );
  });

  it('shows a merged unit’s predecessors with their designations, and a former unit who holds its designation now', async () => {
    const { getCityPage } = await import('@/lib/cities/queries');
    const changwon = await getCityPage('gyeongnam-changwon-si');
    expect(changwon?.establishedOn).toBe('2010-07-01');
    expect(
      changwon?.predecessors
        .map((p) => [p.slug, p.kind, p.effectiveOn, p.designations.map((d) => [d.firstYear, d.heldBy.slug])])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['gyeongnam-changwon-si-until-2010', 'merge', '2010-07-01', [[2004, 'gyeongnam-changwon-si']]],
      ['gyeongnam-jinhae-si', 'merge', '2010-07-01', []],
      ['gyeongnam-masan-si', 'merge', '2010-07-01', []],
    ]);
    expect(changwon?.designations.map((d) => [d.firstYear, d.designatedAs?.slug])).toEqual([[2004, 'gyeongnam-changwon-si-until-2010']]);

    const former = await getCityPage('gyeongnam-changwon-si-until-2010');
    expect(former).toMatchObject({ code: null, isCurrent: false, abolishedOn: '2010-07-01' });
    expect(former?.designations.map((d) => [d.firstYear, d.heldBy?.slug, d.status])).toEqual([
      [2004, 'gyeongnam-changwon-si', 'designated'],
    ]);
    expect(former?.successors.map((s) => s.slug)).toEqual(['gyeongnam-changwon-si']);

    // The API says the same.
    const response = await callApi('/api/v1/cities/gyeongnam-changwon-si');
    const body = (await response.json()) as { data: { predecessors: { slug: string; designations: { firstYear: number }[] }[] } };
    expect(body.data.predecessors.find((p) => p.slug === 'gyeongnam-changwon-si-until-2010')?.designations).toHaveLength(1);
  });

  it('records Yeoju and Dangjin as counties before they became cities, with no code the sources do not give', async () => {
    const { getCityPage } = await import('@/lib/cities/queries');
    const yeoju = await getCityPage('gyeonggi-yeoju-si');
    expect(yeoju?.periods).toEqual([expect.objectContaining({ validUntil: '2013-09-23', kind: 'gun', nameKo: '여주군', code: null })]);
    const dangjin = await getCityPage('chungnam-dangjin-si');
    expect(dangjin?.periods).toEqual([expect.objectContaining({ validUntil: '2012-01-01', kind: 'gun', nameKo: '당진군', code: null })]);
  });
});

describe('designation years and standings reconciled', () => {
  it('gives Gimcheon its first year, 2015, in the API and finds the seven cities of 2015', async () => {
    const fifteen = await all<CityItem>('/api/v1/cities?from=2015&to=2015');
    expect(fifteen.map((city) => city.slug)).toContain('gyeongbuk-gimcheon-si');
    // Seven designated in 2015 ("김천시 외 6개"); Gimcheon's 2015 designation has ended, its 2026 one holds.
    expect(fifteen).toHaveLength(7);
    const designations = await all<DesignationItem>('/api/v1/designations?year=2015');
    expect(designations).toHaveLength(7);
  });

  it('answers status=designated with designations in force today only, not the abolished Incheon districts’', async () => {
    const designated = await all<DesignationItem>('/api/v1/designations?status=designated');
    expect(designated.length).toBeGreaterThan(0);
    expect(designated.every((d) => d.isInForce && d.status === 'designated')).toBe(true);
    expect(designated.map((d) => d.localGovernment.slug)).not.toEqual(expect.arrayContaining(['incheon-jung-gu']));
    expect(designated.map((d) => d.localGovernment.slug)).not.toEqual(expect.arrayContaining(['incheon-dong-gu']));
    // Every designation in force, whatever its phase: the learning cities of today.
    const { getTodaysCounts } = await import('@/lib/registry/queries');
    const everything = await all<DesignationItem>('/api/v1/designations');
    expect(everything.filter((d) => d.isInForce)).toHaveLength((await getTodaysCounts()).learningCities);
    expect(
      everything
        .filter((d) => !d.isCountedByMinistry)
        .map((d) => d.localGovernment.slug)
        .sort(),
    ).toEqual(['jeonnam-muan-gun', 'jeonnam-sinan-gun']);
    expect(everything.filter((d) => d.designatedAs !== null)).toHaveLength(4);
  });
});

describe('one counting rule behind every figure', () => {
  it('answers /api/v1/summary with the registry’s figures of the day', async () => {
    const summary = async (query: string) => {
      const response = await callApi(`/api/v1/summary${query}`);
      expect(response.status).toBe(200);
      return ((await response.json()) as { data: Record<string, unknown> & { designated: object; localGovernments: object } }).data;
    };
    expect(await summary('?asOf=2023-12-31')).toMatchObject({
      asOf: '2023-12-31',
      designated: { localGovernmentCount: 197, ministryCount: 195 },
      localGovernments: { basic: 226, all: 229 },
      newDesignations: { year: 2023, count: 7 },
      published: { value: 195, registryCount: 195 },
    });
    expect(await summary('?asOf=2005-12-31')).toMatchObject({ localGovernments: { basic: 234 }, designated: { ministryCount: 33 } });
    const { getTodaysCounts } = await import('@/lib/registry/queries');
    const today = await getTodaysCounts();
    expect(await summary('')).toMatchObject({
      designated: { localGovernmentCount: today.learningCities, ministryCount: today.ministryCount },
      localGovernments: { basic: today.basicLocalGovernments },
    });
  });

  it('gives the home page, the region summaries, every region page and the statistics the same figures', async () => {
    const [{ getHeadlineFigures, getTodaysCounts }, { getRegionSummaries, getRegionPage }, { getStatistics }] = await Promise.all([
      import('@/lib/registry/queries'),
      import('@/lib/regions/queries'),
      import('@/lib/statistics/queries'),
    ]);
    const [figures, today, summaries, statistics] = await Promise.all([
      getHeadlineFigures(),
      getTodaysCounts(),
      getRegionSummaries(),
      getStatistics(),
    ]);
    expect(figures.counts).toMatchObject({
      learningCities: today.learningCities,
      ministryCount: today.ministryCount,
      basicLocalGovernments: today.basicLocalGovernments,
    });
    expect(summaries.reduce((sum, r) => sum + r.designatedCount, 0)).toBe(today.learningCities);
    for (const summary of summaries) {
      const page = await getRegionPage(summary.slug);
      const listed = page!.localGovernments;
      expect(listed.filter((lg) => lg.isDesignated).length, summary.slug).toBe(summary.designatedCount);
      expect(listed.length, summary.slug).toBe(summary.unitCount);
    }
    const thisYear = statistics.designations.at(-1)!;
    expect(thisYear).toMatchObject({ learningCities: today.learningCities, ministryCount: today.ministryCount });
  });
});
