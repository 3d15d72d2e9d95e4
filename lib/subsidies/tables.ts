// The dashboard's tables as data: the page renders them, and the XLSX and CSV exports write the
// very same rows and columns, so an export is exactly what is on screen. Amounts stay BigInt won.
import { formatWon, formatWonRange } from '@/lib/money/format';
import { intlLocale, localField, localName, qualifiedName } from '@/lib/core/names';
import type { StatusFilter } from './filters';
import type { SubsidyDashboard } from './queries';

export type Cell =
  | { kind: 'text'; value: string; href?: string }
  | { kind: 'year'; value: number }
  | { kind: 'count'; value: number }
  /** `min` is the lower bound of an amount announced only as a range (value is then its upper bound). */
  | { kind: 'won'; value: bigint | null; min?: bigint; isApproximate?: boolean; isSigned?: boolean }
  | { kind: 'percent'; value: number | null };

export type DashboardTable = {
  id: 'years' | 'programmes' | 'comparison' | 'regions' | 'city' | 'statedTotals';
  title: string;
  caption: string;
  columns: { label: string; isNumeric: boolean }[];
  rows: Cell[][];
  /** A sum row under the data, when the columns add up. */
  footer?: Cell[];
};

/** A message lookup (next-intl's `t` for the "Subsidies" namespace, or a test double). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const text = (value: string, href?: string): Cell => ({ kind: 'text', value, ...(href ? { href } : {}) });
const won = (value: bigint | null, options: { min?: bigint; isApproximate?: boolean; isSigned?: boolean } = {}): Cell => ({
  kind: 'won',
  value,
  ...options,
  // A range's lower bound, only where it differs from the figure.
  ...(options.min !== undefined && options.min !== value ? { min: options.min } : { min: undefined }),
});
const count = (value: number): Cell => ({ kind: 'count', value });
const percent = (value: number | null): Cell => ({ kind: 'percent', value });
const year = (value: number): Cell => ({ kind: 'year', value });
const column = (label: string, isNumeric = false) => ({ label, isNumeric });

type Options = {
  dashboard: SubsidyDashboard;
  t: Translate;
  locale: string;
  link: (changes: { region?: string; city?: string; programme?: string }) => string;
};

function name(entity: { nameKo: string; nameEn: string }, locale: string): string {
  return localName(entity, locale);
}

function short(region: { shortKo: string; shortEn: string }, locale: string): string {
  return localField(region, 'short', locale);
}

export function buildDashboardTables({ dashboard, t, locale, link }: Options): DashboardTable[] {
  const tables: DashboardTable[] = [];
  tables.push({
    id: 'years',
    title: t('tables.years.title'),
    caption: t('tables.years.caption'),
    columns: [
      column(t('columns.year')),
      column(t('columns.allocations'), true),
      column(t('columns.total'), true),
      column(t('columns.previousTotal'), true),
      column(t('columns.change'), true),
      column(t('columns.changeRatio'), true),
    ],
    rows: dashboard.years.map((y) => [
      year(y.year),
      count(y.allocations),
      won(y.total, { min: y.totalMin, isApproximate: y.isApproximate }),
      won(y.previousTotal),
      won(y.change, { isSigned: true }),
      percent(y.changeRatio),
    ]),
  });
  tables.push({
    id: 'programmes',
    title: t('tables.programmes.title'),
    caption: t('tables.programmes.caption'),
    columns: [
      column(t('columns.year')),
      column(t('columns.programme')),
      column(t('columns.recipientKind')),
      column(t('columns.amountPerRecipient'), true),
      column(t('columns.allocations'), true),
      column(t('columns.total'), true),
    ],
    rows: dashboard.programmes.map((p) => [
      year(p.year),
      text(name(p, locale), link({ programme: p.code })),
      text(t(`recipientKinds.${p.recipientKind}`)),
      won(p.amountPerRecipient, { isApproximate: p.isAmountApproximate }),
      count(p.allocations),
      won(p.total, { min: p.totalMin, isApproximate: p.isApproximate }),
    ]),
    footer: [
      text(t('columns.sum')),
      text(''),
      text(''),
      text(''),
      count(dashboard.allocations),
      won(dashboard.total, { min: dashboard.totalMin, isApproximate: dashboard.programmes.some((p) => p.isApproximate) }),
    ],
  });
  if (dashboard.comparison) {
    const { comparison } = dashboard;
    tables.push({
      id: 'comparison',
      title: t('tables.comparison.title', { year: comparison.year, previousYear: comparison.previousYear }),
      caption: t('tables.comparison.caption', { year: comparison.year, previousYear: comparison.previousYear }),
      columns: [
        column(t('columns.programme')),
        column(t('columns.yearTotal', { year: comparison.previousYear }), true),
        column(t('columns.yearTotal', { year: comparison.year }), true),
        column(t('columns.change'), true),
        column(t('columns.changeRatio'), true),
      ],
      rows: comparison.lines.map((line) => [
        text(name(line, locale)),
        won(line.previousTotal, { min: line.previousTotalMin }),
        won(line.total, { min: line.totalMin }),
        won(line.change, { isSigned: true }),
        percent(line.changeRatio),
      ]),
    });
  }
  tables.push({
    id: 'regions',
    title: t('tables.regions.title'),
    caption: t('tables.regions.caption'),
    columns: [
      column(t('columns.region')),
      column(t('columns.cities'), true),
      column(t('columns.cityTotal'), true),
      column(t('columns.averagePerCity'), true),
      column(t('columns.regionGrants'), true),
      column(t('columns.regionTotal'), true),
      column(t('columns.total'), true),
    ],
    rows: dashboard.regions.map((r) => [
      text(short(r, locale), link({ region: r.slug })),
      count(r.cities),
      won(r.cityTotal, { min: r.cityTotalMin }),
      // An average of ranges is not one figure.
      won(r.cityTotalMin === r.cityTotal ? r.averagePerCity : null),
      count(r.regionGrants),
      won(r.regionTotal, { min: r.regionTotalMin }),
      won(r.total, { min: r.totalMin, isApproximate: r.isApproximate }),
    ]),
  });
  if (dashboard.city) {
    const { city } = dashboard;
    const cityName = qualifiedName(city, city.region, locale);
    tables.push({
      id: 'city',
      title: t('tables.city.title', { city: cityName }),
      caption: t('tables.city.caption', { city: cityName }),
      columns: [
        column(t('columns.year')),
        column(t('columns.programme')),
        column(t('columns.amount'), true),
        column(t('columns.status')),
        column(t('columns.announcement')),
      ],
      rows: city.allocations.map((a) => [
        year(a.year),
        text(name(a, locale)),
        won(a.amount, { min: a.amountMin ?? undefined, isApproximate: a.isAmountApproximate }),
        text(t(`statuses.${a.status}`)),
        text(a.announcement ? localField(a.announcement, 'title', locale) : '—'),
      ]),
      footer: [text(t('columns.sum')), text(''), won(city.total, { min: city.totalMin }), text(''), text('')],
    });
  }
  tables.push({
    id: 'statedTotals',
    title: t('tables.statedTotals.title'),
    caption: t('tables.statedTotals.caption'),
    columns: [
      column(t('columns.announcement')),
      column(t('columns.publishedOn')),
      column(t('columns.statedTotal'), true),
      column(t('columns.allocations'), true),
      column(t('columns.linkedTotal'), true),
      column(t('columns.difference'), true),
      column(t('columns.scope')),
    ],
    rows: dashboard.statedTotals.map((s) => [
      text(localField(s, 'title', locale)),
      text(s.publishedOn),
      won(s.statedTotal, { isApproximate: s.isStatedTotalApproximate }),
      count(s.linkedAllocations),
      won(s.linkedTotal),
      won(s.difference, { isSigned: true }),
      text(localField(s, 'scope', locale) ?? '—'),
    ]),
  });
  return tables;
}

/** The filters and the day, in words: the title row of every export and the page's summary. */
export function describeFilters({ dashboard, t, locale }: Omit<Options, 'link'>): string {
  const { filters, chosen } = dashboard;
  const all = t('filters.all');
  const parts = [
    t('filters.yearIs', { value: filters.year === null ? all : String(filters.year) }),
    t('filters.programmeIs', { value: chosen.programme ? name(chosen.programme, locale) : (filters.programme ?? all) }),
    t('filters.regionIs', { value: chosen.region ? short(chosen.region, locale) : (filters.region ?? all) }),
    t('filters.cityIs', { value: chosen.city ? qualifiedName(chosen.city, chosen.city.region, locale) : (filters.city ?? all) }),
    t('filters.statusIs', { value: t(`statusFilters.${filters.status satisfies StatusFilter}`) }),
  ];
  return t('filters.title', { filters: parts.join(' · '), date: dashboard.readOn });
}

/** A cell as the page shows it, in the reader's language. */
export function formatCell(cell: Cell, locale: string): string {
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'year':
      return String(cell.value);
    case 'count':
      return new Intl.NumberFormat(intlLocale(locale)).format(cell.value);
    case 'won':
      if (cell.value === null) return '—';
      return cell.min !== undefined
        ? formatWonRange(cell.value, cell.min, locale, { isApproximate: cell.isApproximate })
        : formatWon(cell.value, locale, { isApproximate: cell.isApproximate, isSigned: cell.isSigned });
    case 'percent':
      return cell.value === null
        ? '—'
        : new Intl.NumberFormat(intlLocale(locale), {
            style: 'percent',
            maximumFractionDigits: 1,
            signDisplay: 'exceptZero',
          }).format(cell.value);
  }
}
