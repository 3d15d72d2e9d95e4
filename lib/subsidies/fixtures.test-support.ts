// A small dashboard for the unit tests of the tables and exports (no database).
import { NO_FILTERS } from './filters';
import type { SubsidyDashboard } from './queries';
import type { Translate } from './tables';

export const fakeTranslate: Translate = (key, values) => (values ? `${key}${JSON.stringify(values)}` : key);

export const DASHBOARD_2023: SubsidyDashboard = {
  filters: { ...NO_FILTERS, year: 2023 },
  readOn: '2026-11-23',
  chosen: { programme: null, region: null, city: null },
  allocations: 3,
  total: 210_000_000n,
  totalMin: 210_000_000n,
  years: [
    {
      year: 2023,
      allocations: 3,
      total: 210_000_000n,
      totalMin: 210_000_000n,
      isApproximate: true,
      previousTotal: 240_000_000n,
      change: -30_000_000n,
      changeRatio: -0.125,
    },
  ],
  programmes: [
    {
      year: 2023,
      code: 'new-city',
      nameKo: '신규 평생학습도시 조성 지원',
      nameEn: 'Support for new lifelong learning cities',
      recipientKind: 'local_government',
      amountPerRecipient: 90_000_000n,
      isAmountApproximate: false,
      allocations: 1,
      total: 90_000_000n,
      totalMin: 90_000_000n,
      isApproximate: false,
    },
    {
      year: 2023,
      code: 'consortium',
      nameKo: '컨소시엄',
      nameEn: '=HYPERLINK("x")',
      recipientKind: 'region',
      amountPerRecipient: 60_000_000n,
      isAmountApproximate: true,
      allocations: 2,
      total: 120_000_000n,
      totalMin: 120_000_000n,
      isApproximate: true,
    },
  ],
  comparison: {
    year: 2023,
    previousYear: 2022,
    lines: [
      {
        code: 'new-city',
        nameKo: '신규',
        nameEn: 'New',
        previousTotal: 240_000_000n,
        previousTotalMin: 240_000_000n,
        total: 90_000_000n,
        totalMin: 90_000_000n,
        change: -150_000_000n,
        changeRatio: -0.625,
      },
    ],
  },
  regions: [
    {
      slug: 'gangwon',
      shortKo: '강원',
      shortEn: 'Gangwon',
      cities: 1,
      cityTotal: 90_000_000n,
      averagePerCity: 90_000_000n,
      regionGrants: 1,
      regionTotal: 60_000_000n,
      total: 150_000_000n,
      cityTotalMin: 90_000_000n,
      regionTotalMin: 60_000_000n,
      totalMin: 150_000_000n,
      isApproximate: true,
    },
  ],
  city: null,
  statedTotals: [
    {
      slug: 'moe-2023',
      titleKo: '2023년 발표',
      titleEn: '2023 release',
      publishedOn: '2023-03-06',
      statedTotal: 1_100_000_000n,
      isStatedTotalApproximate: true,
      scopeKo: '24개 도시',
      scopeEn: '24 cities',
      linkedAllocations: 28,
      linkedTotal: 1_380_000_000n,
      difference: 280_000_000n,
    },
  ],
};
