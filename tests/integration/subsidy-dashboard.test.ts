// Issue 5: the 2023 figures of the ministry's release, in the seed and through the dashboard's
// queries (the same functions the page and the exports read).
import { beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/create-prisma-client';
import { PROGRAMMES_2023 } from './fixtures/source-figures';
import { RELEASE_2023, TOTAL_2022 } from './fixtures/subsidy-figures';
import { actAs, ANONYMOUS, createActor, type TestActor } from './support/actors';

let prisma: PrismaClient;
let ministry: TestActor;

beforeAll(async () => {
  prisma = (await import('@/lib/db')).db;
  ministry = await createActor('ministry');
});

async function dashboard(params: Record<string, string> = {}) {
  const [{ getSubsidyDashboard }, { parseSubsidyFilters }] = await Promise.all([
    import('@/lib/subsidies/queries'),
    import('@/lib/subsidies/filters'),
  ]);
  actAs(ministry);
  return getSubsidyDashboard(parseSubsidyFilters(params));
}

describe('the seed against the 2023 release', () => {
  it('holds 7 new-city grants, 17 specialization grants and 4 consortium grants, with their sums', async () => {
    const programmes = await prisma.programme.findMany({
      where: { year: 2023 },
      select: {
        code: true,
        allocations: { select: { amount: true, localGovernment: { select: { slug: true } }, region: { select: { slug: true } } } },
      },
    });
    const byCode = Object.fromEntries(programmes.map((p) => [p.code, p.allocations]));
    expect(Object.keys(byCode).sort()).toEqual(Object.keys(PROGRAMMES_2023).sort());
    expect(byCode['new-city']).toHaveLength(7);
    expect(byCode.specialization).toHaveLength(RELEASE_2023.specializationCities);
    expect(byCode.consortium).toHaveLength(4);
    expect(byCode['new-city']!.map((a) => a.localGovernment?.slug).sort()).toEqual(RELEASE_2023.newCities.map(([, slug]) => slug).sort());
    expect(byCode.consortium!.map((a) => a.region?.slug).sort()).toEqual([...RELEASE_2023.consortiumRegions].sort());
    for (const [code, total] of Object.entries(RELEASE_2023.totals)) {
      expect(
        byCode[code]!.reduce((sum, a) => sum + a.amount, 0n),
        code,
      ).toBe(total);
    }
  });

  it('keeps the release’s stated total of about 1.1 billion won for its 24 cities', async () => {
    const release = await prisma.announcement.findUniqueOrThrow({ where: { slug: RELEASE_2023.slug } });
    expect(release).toMatchObject({ statedTotal: RELEASE_2023.statedTotal, isStatedTotalApproximate: true });
    expect(release.statedTotalScopeEn).toMatch(/24/);
  });
});

describe('the subsidy dashboard', () => {
  it('gives the 2023 totals per programme the seed holds: 6.3, 5.1 and 2.4 hundred million won', async () => {
    const view = await dashboard({ year: '2023' });
    expect(view.programmes.map((p) => [p.code, p.allocations, p.total])).toEqual([
      ['consortium', 4, RELEASE_2023.totals.consortium],
      ['new-city', 7, RELEASE_2023.totals['new-city']],
      ['specialization', 17, RELEASE_2023.totals.specialization],
    ]);
    expect(view.allocations).toBe(28);
    expect(view.total).toBe(RELEASE_2023.total);
    expect(view.programmes.find((p) => p.code === 'new-city')).toMatchObject({
      amountPerRecipient: 90_000_000n,
      recipientKind: 'local_government',
    });
  });

  it('compares 2023 with 2022, in total and per programme line', async () => {
    const view = await dashboard({ year: '2023' });
    expect(view.years).toEqual([
      {
        year: 2023,
        isRecorded: true,
        allocations: 28,
        total: RELEASE_2023.total,
        // No amount of 2023 was announced as a range: the lower bound is the total.
        totalMin: RELEASE_2023.total,
        isApproximate: true,
        previousTotal: TOTAL_2022,
        previousTotalMin: TOTAL_2022,
        change: RELEASE_2023.total - TOTAL_2022,
        changeRatio: 0.3269,
      },
    ]);
    expect(view.comparison?.lines.map((line) => [line.code, line.previousTotal, line.total])).toEqual([
      // No consortium allocations are recorded for 2022: "not recorded", not 0 (issue 14).
      ['consortium', null, 240_000_000n],
      ['new-city', 720_000_000n, 630_000_000n],
      ['specialization', 320_000_000n, 510_000_000n],
    ]);
  });

  it('reads a year whose allocations are not recorded as not recorded: no total, no change to or from it (issue 14)', async () => {
    // Every year from 2020 to 2026 has allocations in the seed (2025's as ranges, issue 12), so the
    // unrecorded year is a programme's: the consortium line has no programme, hence no allocation,
    // in 2022 (programmes.csv: 2021, 2023, 2024, 2025).
    const everything = await dashboard();
    expect(everything.years.map((y) => [y.year, y.isRecorded])).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026].map((y) => [y, true]));

    const view = await dashboard({ programme: 'consortium' });
    const year = (y: number) => view.years.find((row) => row.year === y);
    expect(view.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(year(2022)).toMatchObject({
      isRecorded: false,
      allocations: null,
      total: null,
      totalMin: null,
      change: null,
      changeRatio: null,
    });
    expect(year(2023)).toMatchObject({ isRecorded: true, total: 240_000_000n, previousTotal: null, change: null, changeRatio: null });
    // Left out of the sums: the recorded years add up to the total, bounds and all.
    expect(view.years.reduce((sum, y) => sum + (y.total ?? 0n), 0n)).toBe(view.total);
    expect(view.years.reduce((sum, y) => sum + (y.totalMin ?? 0n), 0n)).toBe(view.totalMin);
    // 2024's consortium grants were announced as ranges: no single change to it or from it (issue 12).
    expect(year(2024)).toMatchObject({ isRecorded: true, change: null, changeRatio: null });
    expect(year(2024)!.totalMin).toBeLessThan(year(2024)!.total!);
  });

  it('counts regions as they are today by default: 전남광주 holds the former 광주 and 전남 recipients, with their regions then', async () => {
    const today = await dashboard({ year: '2023' });
    const then = await dashboard({ year: '2023', regionAt: 'announced' });
    const total = (view: typeof today, slug: string) => view.regions.find((r) => r.slug === slug)?.total ?? 0n;
    expect(today.regions.find((r) => r.slug === 'gwangju')).toBeUndefined();
    expect(total(today, 'jeonnam-gwangju')).toBe(total(then, 'gwangju') + total(then, 'jeonnam'));
    expect(total(today, 'jeonnam-gwangju')).toBeGreaterThan(0n);
    expect(today.total).toBe(then.total);

    const filtered = await dashboard({ year: '2023', region: 'jeonnam-gwangju' });
    expect(filtered.total).toBe(total(today, 'jeonnam-gwangju'));
    const rows = filtered.allocationRows.map((a) => [a.recipient.nameEn, a.regionThen.slug, a.regionNow.slug]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Dong-gu', 'gwangju', 'jeonnam-gwangju'],
        ['Gurye-gun', 'jeonnam', 'jeonnam-gwangju'],
      ]),
    );
    expect(filtered.allocationRows.reduce((sum, a) => sum + a.amount, 0n)).toBe(filtered.total);
    // The check of announced totals follows the filter: the 2023 release, with its part in view.
    expect(filtered.statedTotals).toEqual([
      expect.objectContaining({ slug: RELEASE_2023.slug, linkedTotal: RELEASE_2023.total, inViewTotal: filtered.total }),
    ]);
    expect((await dashboard({ year: '2023', region: 'seoul', programme: 'consortium' })).statedTotals).toEqual([]);
  });

  it('counts each region’s cities and their average, under the region of the time, adding up to the total', async () => {
    const view = await dashboard({ year: '2023', regionAt: 'announced' });
    const region = (slug: string) => view.regions.find((r) => r.slug === slug);
    expect(region('gangwon')).toMatchObject({
      cities: 3,
      cityTotal: 150_000_000n,
      averagePerCity: 50_000_000n,
      regionGrants: 1,
      regionTotal: 60_000_000n,
      total: 210_000_000n,
    });
    expect(region('sejong')).toMatchObject({ cities: 0, averagePerCity: null, regionGrants: 1, total: 60_000_000n });
    // Gwangju's districts belong to Jeonnam-Gwangju since 2026-07-01, but were Gwangju's in 2023.
    expect(region('gwangju')).toMatchObject({ cities: 2, total: 60_000_000n });
    expect(region('jeonnam-gwangju')).toBeUndefined();
    expect(view.regions.reduce((sum, r) => sum + r.total, 0n)).toBe(view.total);
    expect(view.regions.reduce((sum, r) => sum + r.cities, 0)).toBe(24);
  });

  it('shows the release whose linked allocations exceed its stated total, with the difference', async () => {
    const view = await dashboard({ year: '2023' });
    expect(view.statedTotals).toEqual([
      expect.objectContaining({
        slug: RELEASE_2023.slug,
        statedTotal: 1_100_000_000n,
        linkedAllocations: 28,
        linkedTotal: RELEASE_2023.total,
        difference: 280_000_000n,
      }),
    ]);
    expect((await dashboard({ year: '2022' })).statedTotals).toEqual([]);
  });

  it('filters by programme line, region and city, from the URL', async () => {
    const newCities = await dashboard({ programme: 'new-city' });
    expect(new Set(newCities.programmes.map((p) => p.code))).toEqual(new Set(['new-city']));
    // 2020 (90 million each, idomin 729842) and 2025 (50–60 million each, newspim 20250401000655) seeded in issue 12.
    expect(newCities.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(newCities.years.find((y) => y.year === 2025)).toMatchObject({ total: 180_000_000n, totalMin: 150_000_000n, change: null });

    const gwangju = await dashboard({ region: 'gwangju', regionAt: 'announced' });
    expect(gwangju.programmes.map((p) => `${p.year} ${p.code}`)).toEqual([
      '2020 outstanding-city',
      '2022 specialization',
      '2023 specialization',
      '2024 consortium',
      '2024 specialization',
      '2025 consortium',
      '2025 specialization',
      '2026 regional-model',
    ]);
    expect(gwangju.chosen.region).toMatchObject({ shortEn: 'Gwangju' });
  });

  it('gives one city’s whole funding history, whatever the year chosen', async () => {
    const view = await dashboard({ year: '2023', city: 'busan-seo-gu' });
    expect(view.city?.allocations.map((a) => [a.year, a.code, a.amount])).toEqual([
      [2020, 'outstanding-city', 30_000_000n],
      [2023, 'specialization', 30_000_000n],
    ]);
    expect(view.city?.total).toBe(60_000_000n);
    expect(view.total).toBe(30_000_000n);
  });

  it('leaves drafts out unless they are asked for', async () => {
    const programme = await prisma.programme.findUniqueOrThrow({ where: { code_year: { code: 'specialization', year: 2024 } } });
    const lg = await prisma.localGovernment.findUniqueOrThrow({ where: { slug: 'gangwon-yangyang-gun' } });
    await prisma.allocation.create({
      data: {
        programmeId: programme.id,
        recipientKind: 'local_government',
        localGovernmentId: lg.id,
        amount: 25_000_000n,
        status: 'draft',
      },
    });
    const published = await dashboard({ year: '2024' });
    expect(published.programmes.find((p) => p.code === 'specialization')?.allocations).toBe(6);
    const drafts = await dashboard({ year: '2024', status: 'draft' });
    expect(drafts.programmes.map((p) => [p.code, p.allocations, p.total])).toEqual([['specialization', 1, 25_000_000n]]);
  });

  it('is refused to a visitor without a session', async () => {
    const { getSubsidyDashboard } = await import('@/lib/subsidies/queries');
    const { NO_FILTERS } = await import('@/lib/subsidies/filters');
    actAs(ANONYMOUS);
    await expect(getSubsidyDashboard(NO_FILTERS)).rejects.toThrow(/Access denied/);
  });
});
