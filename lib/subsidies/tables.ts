// The dashboard's tables as data: the page renders them, and the XLSX and CSV exports write the
// very same rows and columns, so an export is exactly what is on screen. Amounts stay BigInt won.
import { byLocale, intlLocale, localField, localName, qualifiedName } from '@/lib/core/names';
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
  id: 'years' | 'programmes' | 'comparison' | 'regions' | 'city' | 'statedTotals' | 'allocations';
  title: string;
  /** The sheet's name in the XLSX: at most 31 characters, Excel's limit, in either language. */
  sheet: string;
  caption: string;
  columns: { label: string; isNumeric: boolean }[];
  rows: Cell[][];
  /** A sum row under the data, when the columns add up. */
  footer?: Cell[];
  /** What a reader must know to read the figures: years not recorded, regions merged. */
  notes?: string[];
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
/** An amount, or "not recorded" where the allocations are not recorded (never 0). */
const recorded = (
  value: bigint | null,
  notRecorded: string,
  options: { min?: bigint; isApproximate?: boolean; isSigned?: boolean } = {},
): Cell => (value === null ? text(notRecorded) : won(value, options));
/** A nullable lower bound as the `min` of a won cell. */
const lower = (min: bigint | null) => min ?? undefined;

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
  const notRecorded = t('notRecorded');
  const unrecordedYears = dashboard.years.filter((y) => !y.isRecorded).map((y) => y.year);
  tables.push({
    id: 'years',
    title: t('tables.years.title'),
    sheet: t('tables.years.sheet'),
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
      y.allocations === null ? text(notRecorded) : count(y.allocations),
      recorded(y.total, notRecorded, { min: lower(y.totalMin), isApproximate: y.isApproximate }),
      y.previousTotal === null && unrecordedYears.includes(y.year - 1)
        ? text(notRecorded)
        : won(y.previousTotal, { min: lower(y.previousTotalMin) }),
      won(y.change, { isSigned: true }),
      percent(y.changeRatio),
    ]),
    notes: unrecordedYears.length > 0 ? [t('notes.yearsNotRecorded', { years: unrecordedYears.join(', ') })] : [],
  });
  tables.push({
    id: 'programmes',
    title: t('tables.programmes.title'),
    sheet: t('tables.programmes.sheet'),
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
      sheet: t('tables.comparison.sheet', { year: comparison.year }),
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
        recorded(line.previousTotal, notRecorded, { min: lower(line.previousTotalMin) }),
        recorded(line.total, notRecorded, { min: lower(line.totalMin) }),
        won(line.change, { isSigned: true }),
        percent(line.changeRatio),
      ]),
      notes: comparison.lines.some((line) => line.previousTotal === null || line.total === null) ? [t('notes.linesNotRecorded')] : [],
    });
  }
  tables.push({
    id: 'regions',
    title: t('tables.regions.title'),
    sheet: t('tables.regions.sheet'),
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
    notes: mergerNotes({ dashboard, t, locale }),
  });
  if (dashboard.city) {
    const { city } = dashboard;
    const cityName = qualifiedName(city, city.region, locale);
    tables.push({
      id: 'city',
      title: t('tables.city.title', { city: cityName }),
      sheet: t('tables.city.sheet'),
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
    sheet: t('tables.statedTotals.sheet'),
    caption: t('tables.statedTotals.caption'),
    columns: [
      column(t('columns.announcement')),
      column(t('columns.publishedOn')),
      column(t('columns.statedTotal'), true),
      column(t('columns.allocations'), true),
      column(t('columns.linkedTotal'), true),
      column(t('columns.difference'), true),
      column(t('columns.scope')),
      column(t('columns.inViewAllocations'), true),
      column(t('columns.inViewTotal'), true),
    ],
    rows: dashboard.statedTotals.map((s) => [
      text(localField(s, 'title', locale)),
      text(s.publishedOn),
      won(s.statedTotal, { isApproximate: s.isStatedTotalApproximate }),
      count(s.linkedAllocations),
      won(s.linkedTotal),
      won(s.difference, { isSigned: true }),
      text(localField(s, 'scope', locale) ?? '—'),
      count(s.inViewAllocations),
      won(s.inViewTotal, { min: s.inViewTotalMin }),
    ]),
  });
  tables.push(allocationsTable({ dashboard, t, locale }));
  return tables;
}

/**
 * One row per allocation in view (issue 14): which recipient received how much, in which region
 * then and now, from which source. Its amounts add up to the dashboard's total.
 */
function allocationsTable({ dashboard, t, locale }: Omit<Options, 'link'>): DashboardTable {
  const rows = dashboard.allocationRows;
  return {
    id: 'allocations',
    title: t('tables.allocations.title'),
    sheet: t('tables.allocations.sheet'),
    caption: t('tables.allocations.caption'),
    columns: [
      column(t('columns.year')),
      column(t('columns.programme')),
      column(t('columns.recipient')),
      column(t('columns.regionThen')),
      column(t('columns.regionNow')),
      column(t('columns.amount'), true),
      column(t('columns.isApproximate')),
      column(t('columns.status')),
      column(t('columns.source')),
    ],
    rows: rows.map((a) => [
      year(a.year),
      text(name(a.programme, locale)),
      text(name(a.recipient, locale)),
      text(short(a.regionThen, locale)),
      text(short(a.regionNow, locale)),
      won(a.amount, { min: lower(a.amountMin) }),
      text(a.isAmountApproximate ? t('approximate.yes') : t('approximate.no')),
      text(t(`statuses.${a.status}`)),
      text(a.source ? `${localField(a.source, 'title', locale)} (${a.source.citation})` : '—'),
    ]),
    footer: [
      text(t('columns.sum')),
      text(''),
      text(''),
      text(''),
      text(''),
      won(
        rows.reduce((sum, a) => sum + a.amount, 0n),
        { min: rows.reduce((sum, a) => sum + (a.amountMin ?? a.amount), 0n) },
      ),
      text(''),
      text(''),
      text(''),
    ],
  };
}

/**
 * Where a merger changes a region's figure (issue 14): allocations whose recipient's region then
 * and now differ (광주 and 전남 → 전남광주, 군위군 from 경북 to 대구), grouped as the basis counts them.
 */
function mergerNotes({ dashboard, t, locale }: Omit<Options, 'link'>): string[] {
  const byCurrent = dashboard.filters.regionBasis === 'current';
  const groups = new Map<string, { counted: string; other: string; count: number; total: bigint; totalMin: bigint }>();
  for (const a of dashboard.allocationRows) {
    if (a.regionThen.slug === a.regionNow.slug) continue;
    const [counted, other] = byCurrent ? [a.regionNow, a.regionThen] : [a.regionThen, a.regionNow];
    const key = `${counted.slug}|${other.slug}`;
    const group = groups.get(key) ?? { counted: short(counted, locale), other: short(other, locale), count: 0, total: 0n, totalMin: 0n };
    groups.set(key, {
      ...group,
      count: group.count + 1,
      total: group.total + a.amount,
      totalMin: group.totalMin + (a.amountMin ?? a.amount),
    });
  }
  return [...groups.values()].map(({ totalMin, ...group }) =>
    t(byCurrent ? 'notes.mergedInto' : 'notes.nowIn', { ...group, total: formatExactWonRange(group.total, totalMin, locale) }),
  );
}

/** The filters and the day, in words: the title row of every export and the page's summary. */
export function describeFilters({ dashboard, t, locale }: Omit<Options, 'link'>): string {
  const { filters, chosen } = dashboard;
  const all = t('filters.all');
  const parts = [
    t('filters.yearIs', { value: filters.year === null ? all : String(filters.year) }),
    t('filters.programmeIs', { value: chosen.programme ? name(chosen.programme, locale) : (filters.programme ?? all) }),
    t('filters.regionIs', { value: chosen.region ? short(chosen.region, locale) : (filters.region ?? all) }),
    t('filters.regionBasisIs', {
      value: t(filters.regionBasis === 'current' ? 'filterForm.regionBasisCurrent' : 'filterForm.regionBasisAnnounced'),
    }),
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
        ? formatExactWonRange(cell.value, cell.min, locale)
        : formatExactWon(cell.value, locale, { isApproximate: cell.isApproximate, isSigned: cell.isSigned });
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

/**
 * Won to the won, the one money format of every table (issue 14: a column once mixed
 * "50,555,556원", "5,500만 원" and "4.55억 원"): "50,555,556원", "KRW 50,555,556".
 */
export function formatExactWon(amount: bigint, locale: string, options: { isApproximate?: boolean; isSigned?: boolean } = {}): string {
  const negative = amount < 0n;
  const digits = new Intl.NumberFormat(intlLocale(locale)).format(negative ? -amount : amount);
  const text = byLocale(locale, { ko: `${digits}원`, en: `KRW ${digits}` });
  const approximate = options.isApproximate ? byLocale(locale, { ko: `약 ${text}`, en: `about ${text}` }) : text;
  if (negative) return `−${approximate}`;
  return options.isSigned && amount > 0n ? `+${approximate}` : approximate;
}

/**
 * An amount announced only as a range, in the same exact format (issue 12 with issue 14): the
 * bounds to the won, "50,000,000~60,000,000원" / "KRW 50,000,000–60,000,000"; with a lower bound
 * of 0 (only a ceiling announced), "최대 30,000,000원" / "up to KRW 30,000,000". A range already
 * says the amount is not exact, so it carries no "about" (as formatWonRange). Equal bounds (or
 * none) are one figure, as formatExactWon gives it.
 */
export function formatExactWonRange(amount: bigint, amountMin: bigint | null, locale: string): string {
  if (amountMin === null || amountMin === amount) return formatExactWon(amount, locale);
  const upper = formatExactWon(amount, locale);
  if (amountMin === 0n) return byLocale(locale, { ko: `최대 ${upper}`, en: `up to ${upper}` });
  const digits = (value: bigint) => new Intl.NumberFormat(intlLocale(locale)).format(value);
  return byLocale(locale, {
    ko: `${digits(amountMin)}~${upper}`,
    en: `KRW ${digits(amountMin)}–${digits(amount)}`,
  });
}
