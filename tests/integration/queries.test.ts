// The public pages' data layer (lib/**/queries.ts) against the seeded database.
import { describe, expect, it } from 'vitest';
import { getCityPage, searchCities } from '@/lib/cities/queries';
import { parseCitySearch } from '@/lib/cities/schemas';
import { getOfficesDirectory } from '@/lib/offices/queries';
import { getRegionPage, getRegionSummaries } from '@/lib/regions/queries';
import { getHeadlineFigures } from '@/lib/registry/queries';

const search = (params: Record<string, string>, locale = 'ko') => searchCities(parseCitySearch(params), locale);
const slugs = (result: { cities: { slug: string }[] }) => result.cities.map((city) => city.slug);

describe('headline figures', () => {
  it('count today’s learning cities, the ministry’s count of them, the 227 basic local governments and the members', async () => {
    const figures = await getHeadlineFigures();
    // 206 learning cities: 208 local governments ever designated, less Incheon Jung-gu and
    // Dong-gu (abolished 2026-07-01). The ministry's count leaves out Muan and Shinan (2004).
    expect(figures.counts).toMatchObject({ learningCities: 206, ministryCount: 204, basicLocalGovernments: 227 });
    expect(figures.counts.share).toBeCloseTo(204 / 227);
    expect(figures.members).toEqual({ mayors: 206, superintendents: 0 });
    expect(figures.latestYear).toBe(2026);
    expect(figures.latest.map((city) => city.nameKo).sort()).toEqual(['김천시', '서초구', '울릉군', '장성군', '고성군'].sort());
  });
});

describe('regions', () => {
  it('list the 16 regions of today, whose learning cities add up to the headline figure', async () => {
    const regions = await getRegionSummaries();
    expect(regions).toHaveLength(16);
    expect(regions.map((r) => r.slug)).toContain('jeonnam-gwangju');
    expect(regions.map((r) => r.slug)).not.toContain('gwangju');
    expect(regions.reduce((sum, r) => sum + r.designatedCount, 0)).toBe(206);
    expect(regions.find((r) => r.slug === 'jeonnam-gwangju')).toMatchObject({ unitCount: 27, designatedCount: 23 });
  });

  it('show a merged region with its successor and the cities it had on its last day', async () => {
    const page = await getRegionPage('gwangju');
    expect(page?.region.abolishedOn).toBe('2026-07-01');
    expect(page?.region.successor?.slug).toBe('jeonnam-gwangju');
    expect(page?.localGovernments.map((lg) => lg.nameKo)).toEqual(['동구', '서구', '남구', '북구', '광산구']);
    expect(page?.localGovernments.every((lg) => lg.isDesignated)).toBe(true);
  });

  it('show the merged region as formed from its two predecessors', async () => {
    const page = await getRegionPage('jeonnam-gwangju');
    expect(page?.region.predecessors.map((r) => r.slug)).toEqual(['gwangju', 'jeonnam']);
    expect(page?.localGovernments).toHaveLength(27);
  });

  it('answer null for a region that does not exist', async () => {
    expect(await getRegionPage('atlantis')).toBeNull();
  });
});

describe('city pages', () => {
  it('keep a renamed city’s history: Incheon Nam-gu became Michuhol-gu in 2018', async () => {
    const city = await getCityPage('incheon-michuhol-gu');
    expect(city?.periods).toEqual([expect.objectContaining({ validUntil: '2018-07-01', code: '28170', nameKo: '남구', nameEn: 'Nam-gu' })]);
    expect(city?.designations[0]?.firstYear).toBe(2006);
  });

  it('show a Gwangju district designated in 2005 under today’s merged region, with its move in its history', async () => {
    const city = await getCityPage('gwangju-nam-gu');
    expect(city?.region.slug).toBe('jeonnam-gwangju');
    expect(city?.designations[0]?.firstYear).toBe(2005);
    expect(city?.periods[0]?.region.slug).toBe('gwangju');
    expect(city?.offices.find((o) => o.validUntil === null)?.nameKo).toBe('광주광역시서부교육지원청');
  });

  it('show the 2026 split of Incheon: Jung-gu abolished into Jemulpo-gu and Yeongjong-gu', async () => {
    const jung = await getCityPage('incheon-jung-gu');
    expect(jung?.isCurrent).toBe(false);
    expect(jung?.successors.map((s) => s.slug).sort()).toEqual(['incheon-jemulpo-gu', 'incheon-yeongjong-gu']);
    const jemulpo = await getCityPage('incheon-jemulpo-gu');
    expect(jemulpo?.predecessors.map((p) => [p.slug, p.kind]).sort()).toEqual([
      ['incheon-dong-gu', 'merge'],
      ['incheon-jung-gu', 'split'],
    ]);
  });

  it('list the programmes a city received, newest first, with amounts in won', async () => {
    const city = await getCityPage('gwangju-buk-gu');
    expect(city?.allocations.map((a) => [a.year, a.programme.code, a.amount])).toEqual([
      // 2025 specialization seeded in issue 12 (newspim 20250401000655; up to 30 million, a range).
      [2025, 'specialization', 30_000_000n],
      [2023, 'specialization', 30_000_000n],
      [2022, 'specialization', 20_000_000n],
      [2020, 'outstanding-city', 30_000_000n],
    ]);
  });

  it('record an evaluation where the sources confirm one', async () => {
    const city = await getCityPage('seoul-yangcheon-gu');
    expect(city?.designations[0]?.evaluations).toEqual([
      expect.objectContaining({ dueYear: 2023, outcome: 'redesignated', validUntilYear: 2026 }),
    ]);
  });
});

describe('city search', () => {
  it('finds 관악구 by its initial consonants ㄱㅇ', async () => {
    expect(slugs(await search({ q: 'ㄱㅇ' }))).toContain('seoul-gwanak-gu');
  });

  it('finds a half-typed Korean name', async () => {
    expect(slugs(await search({ q: '관아' }))).toEqual(['seoul-gwanak-gu']);
  });

  it('finds Sinan-gun by the county’s own spelling “Shinan” and the standard “Sinan”', async () => {
    expect(slugs(await search({ q: 'Shinan' }))).toEqual(['jeonnam-sinan-gun']);
    expect(slugs(await search({ q: 'sinan county' }))).toEqual(['jeonnam-sinan-gun']);
  });

  it('finds Busanjin-gu written “Busan Jin” or “Busanjin”', async () => {
    expect(slugs(await search({ q: 'Busan Jin' }))).toContain('busan-busanjin-gu');
    expect(slugs(await search({ q: 'Busanjin' }))).toEqual(['busan-busanjin-gu']);
  });

  it('finds a renamed city by its former name', async () => {
    expect(slugs(await search({ q: '미추홀' }))).toEqual(['incheon-michuhol-gu']);
    expect(slugs(await search({ q: '남구', region: 'incheon' }))).toEqual(['incheon-michuhol-gu']);
  });

  it('narrows by region and designation years, and sorts by year (then by code)', async () => {
    const result = await search({ region: 'seoul', from: '2005', to: '2007', sort: 'year' });
    expect(result.cities.map((c) => [c.nameKo, c.firstYear])).toEqual([
      ['성북구', 2005],
      ['양천구', 2005],
      ['영등포구', 2006],
      ['마포구', 2007],
      ['강서구', 2007],
      ['강동구', 2007],
    ]);
  });

  it('lists every learning city of today when nothing is typed, and every local government in scope “all”', async () => {
    expect((await search({})).total).toBe(206);
    // 230 of today, Incheon's two abolished districts, and the ten units gone since 2001 (issue 12).
    expect((await search({ scope: 'all' })).total).toBe(242);
  });

  it('finds nothing for a query with no usable letters, without failing', async () => {
    expect((await search({ q: '!!!' })).total).toBe(0);
  });

  it('sorts English names alphabetically for English readers', async () => {
    const result = await search({ region: 'ulsan', sort: 'name' }, 'en');
    expect(result.cities.map((c) => c.nameEn)).toEqual(['Buk-gu', 'Dong-gu', 'Jung-gu', 'Nam-gu', 'Ulju-gun']);
  });
});

describe('offices of education', () => {
  it('list 16 provincial offices with 176 district offices, and the two merged away', async () => {
    const { offices, former } = await getOfficesDirectory();
    expect(offices).toHaveLength(16);
    expect(offices.reduce((sum, o) => sum + o.provincial.districts.length, 0)).toBe(176);
    expect(former.map((o) => o.successor?.nameKo)).toEqual(['전남광주통합특별시교육청', '전남광주통합특별시교육청']);
  });

  it('show Gyeyang-gu under Incheon’s Bukbu office since 2024', async () => {
    const { offices } = await getOfficesDirectory();
    const incheon = offices.find((o) => o.provincial.region.slug === 'incheon')!;
    const bukbu = incheon.provincial.districts.find((d) => d.nameKo === '인천광역시북부교육지원청')!;
    expect(bukbu.localGovernments.find((lg) => lg.nameKo === '계양구')?.since).toBe('2024-03-05');
  });
});
