// The registry on a past day (issues 4 and 12): derived from the recorded events and the history
// of local governments back to 2001, it lists exactly the association's 2019 table on 2019-10-01,
// the units and regions of 2005 on 2005-12-31, and counts by the one rule on every day.
import { describe, expect, it } from 'vitest';
import { TABLE_2019_IMPLIED_CHUNGBUK, TABLE_2019_LISTED, TABLE_2019_TOTAL, REPORTED_TOTALS } from './fixtures/source-figures';

const slugsOf = (registry: { regions: { cities: { slug: string }[] }[] }) => registry.regions.flatMap((r) => r.cities.map((c) => c.slug));

describe('the registry as of a day', () => {
  it('lists on 2019-10-01 exactly the cities of the association’s 2019 table, with the 8 Chungbuk cities it implies', async () => {
    const [{ getRegistryAsOf }, { db }] = await Promise.all([import('@/lib/registry/queries'), import('@/lib/db')]);
    const registry = await getRegistryAsOf('2019-10-01');
    expect(registry.counts.learningCities).toBe(TABLE_2019_TOTAL);
    const perRegion = Object.fromEntries(registry.regions.filter((r) => r.cities.length > 0).map((r) => [r.shortEn, r.cities.length]));
    expect(perRegion).toEqual({ ...TABLE_2019_LISTED, Chungbuk: TABLE_2019_IMPLIED_CHUNGBUK });
    // Seventeen regions then, Gwangju and Jeonnam apart; Gangwon under its name of the time.
    expect(registry.regions).toHaveLength(17);
    expect(registry.regions.find((r) => r.slug === 'gangwon')).toMatchObject({ nameKo: '강원도' });

    // The same cities, one by one: the table's rows and Chungbuk's.
    const listed = await db.designation.findMany({
      where: {
        OR: [
          { announcement: { slug: 'kallc-members-2019' } },
          { localGovernment: { region: { slug: 'chungbuk' } }, designatedByYear: { lte: 2019 } },
        ],
      },
      select: { localGovernment: { select: { slug: true } } },
    });
    const shown = slugsOf(registry);
    expect(new Set(shown)).toEqual(new Set(listed.map((d) => d.localGovernment.slug)));
    expect(shown).toHaveLength(new Set(shown).size);
    // The association's 169 mayors; the ministry's count of the same day, 167 (its 2019 total).
    expect(registry.counts.ministryCount).toBe(167);
  });

  it('counts on 2023-12-31 the 195 the ministry reported for 2023, of the 226 basic local governments', async () => {
    const { getRegistryAsOf } = await import('@/lib/registry/queries');
    const registry = await getRegistryAsOf('2023-12-31');
    expect(registry.counts).toMatchObject({ ministryCount: REPORTED_TOTALS[2023], basicLocalGovernments: 226, learningCities: 197 });
    expect(registry.published).toMatchObject({ value: REPORTED_TOTALS[2023], registryCount: REPORTED_TOTALS[2023] });
  });

  it('shows on 2005-12-31 the local governments of 2005: Jeju-do’s four, the former Changwon and Cheongju, Cheongwon and Yeongi', async () => {
    const { getRegistryAsOf } = await import('@/lib/registry/queries');
    const registry = await getRegistryAsOf('2005-12-31');
    // 16 regions: no Sejong yet; Jeju under its name of then.
    expect(registry.regions).toHaveLength(16);
    const jeju = registry.regions.find((r) => r.slug === 'jeju')!;
    expect(jeju).toMatchObject({ nameKo: '제주도', nameEn: 'Jeju-do', unitCount: 4 });
    expect(jeju.cities.map((c) => [c.slug, c.kind, c.firstYear])).toEqual([
      ['jeju-jeju-si-until-2006', 'si', 2002],
      ['jeju-seogwipo-si-until-2006', 'si', 2003],
    ]);
    const slugs = slugsOf(registry);
    expect(slugs).toContain('gyeongnam-changwon-si-until-2010');
    expect(slugs).toContain('chungbuk-cheongju-si-until-2014');
    expect(slugs).not.toContain('gyeongnam-changwon-si');
    expect(registry.regions.find((r) => r.slug === 'chungbuk')?.unitCount).toBe(12);
    expect(registry.regions.find((r) => r.slug === 'chungnam')?.unitCount).toBe(16);
    expect(registry.regions.find((r) => r.slug === 'gyeongnam')?.unitCount).toBe(20);
    // 35 designations made 2001–2005, all in force; the ministry's count leaves out Muan and Shinan.
    expect(registry.counts).toMatchObject({ learningCities: 35, ministryCount: 33, basicLocalGovernments: 234 });
  });

  it('carries a designation made before a merger over to the successor on the merger date', async () => {
    const { getRegistryAsOf } = await import('@/lib/registry/queries');
    const before = slugsOf(await getRegistryAsOf('2010-06-30'));
    const after = slugsOf(await getRegistryAsOf('2010-07-01'));
    expect(before).toContain('gyeongnam-changwon-si-until-2010');
    expect(before).not.toContain('gyeongnam-changwon-si');
    expect(after).toContain('gyeongnam-changwon-si');
    expect(after).not.toContain('gyeongnam-changwon-si-until-2010');
    const changwon = (await getRegistryAsOf('2010-07-01')).regions.flatMap((r) => r.cities).find((c) => c.slug === 'gyeongnam-changwon-si');
    expect(changwon).toMatchObject({ firstYear: 2004, kind: 'si' });
    expect((await getRegistryAsOf('2010-06-30')).counts.learningCities).toBe((await getRegistryAsOf('2010-07-01')).counts.learningCities);
  });

  it('counts the basic local governments of every change since 2001 from the history', async () => {
    const { getRegistryAsOf } = await import('@/lib/registry/queries');
    const basicOn = async (day: string) => (await getRegistryAsOf(day)).counts.basicLocalGovernments;
    // 증평군 (2003-08-30), 계룡시 (2003-09-19); Jeju's four (2006-07-01); 마산·진해 into 창원
    // (2010-07-01); 연기군 into Sejong (2012-07-01); 청원군 into 청주 (2014-07-01); Incheon (2026-07-01).
    const expected: [string, number][] = [
      ['2001-01-01', 232],
      ['2003-08-30', 233],
      ['2003-09-19', 234],
      ['2006-06-30', 234],
      ['2006-07-01', 230],
      ['2010-07-01', 228],
      ['2012-07-01', 227],
      ['2014-07-01', 226],
      ['2026-06-30', 226],
      ['2026-07-01', 227],
    ];
    for (const [day, count] of expected) expect(await basicOn(day), day).toBe(count);
  });

  it('shows a city designated before the day only from its announcement, and a past standing, not today’s', async () => {
    const { getRegistryAsOf } = await import('@/lib/registry/queries');
    const before = await getRegistryAsOf('2026-03-09');
    const after = await getRegistryAsOf('2026-03-10');
    expect(slugsOf(before)).not.toContain('seoul-seocho-gu');
    expect(slugsOf(after)).toContain('seoul-seocho-gu');
    // Yangcheon-gu: in the 2020 cohort (its 2020 outcome unrecorded), re-designated in 2023,
    // recorded without a day: in force from the year's end.
    const yangcheon = (registry: typeof before) => registry.regions.flatMap((r) => r.cities).find((c) => c.slug === 'seoul-yangcheon-gu');
    expect(yangcheon(await getRegistryAsOf('2023-06-01'))).toMatchObject({ status: 'designated', nextEvaluationYear: 2020 });
    expect(yangcheon(before)).toMatchObject({ status: 'redesignated', nextEvaluationYear: 2026 });
    // Gimcheon: first designated in 2015; its designation in force in 2026 is that year's.
    const gimcheon = after.regions.flatMap((r) => r.cities).find((c) => c.slug === 'gyeongbuk-gimcheon-si');
    expect(gimcheon).toMatchObject({ firstYear: 2015, designationYear: 2026 });
  });

  it('no longer counts, from their abolition, the designations of Incheon Jung-gu and Dong-gu', async () => {
    const { getRegistryAsOf } = await import('@/lib/registry/queries');
    expect(slugsOf(await getRegistryAsOf('2026-06-30'))).toEqual(expect.arrayContaining(['incheon-jung-gu', 'incheon-dong-gu']));
    const after = slugsOf(await getRegistryAsOf('2026-07-01'));
    expect(after).not.toContain('incheon-jung-gu');
    expect(after).not.toContain('incheon-dong-gu');
  });
});
