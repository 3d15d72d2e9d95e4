// GET /{locale}/admin/subsidies/export/{xlsx|csv}?year=…: the dashboard's tables, for the
// filters in the URL, as a file. The handler checks the session and permission itself (the
// proxy's redirect is only a convenience): a visitor is sent to sign in, a role without
// subsidies.read gets 403. It reads the same query and builds the same tables as the page.
import 'server-only';
import { createTranslator } from 'next-intl';
import { checkAccess } from '@/lib/auth/session';
import { routing, type AppLocale } from '@/lib/i18n/routing';
import enMessages from '@/messages/en.json';
import koMessages from '@/messages/ko.json';
import { tableCsv } from './export-csv';
import { dashboardXlsx, XLSX_CONTENT_TYPE } from './export-xlsx';
import { parseSubsidyFilters, type SubsidyFilters } from './filters';
import { getSubsidyDashboard } from './queries';
import { buildDashboardTables, describeFilters, type DashboardTable, type Translate } from './tables';
import { byLocale } from '@/lib/core/names';
import { getPathname } from '@/lib/i18n/navigation';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The tables a CSV can hold, one per file (`?table=`); the allocations when none is named. */
export const CSV_TABLES = [
  'allocations',
  'years',
  'programmes',
  'comparison',
  'regions',
  'city',
  'statedTotals',
] as const satisfies readonly DashboardTable['id'][];
export type CsvTable = (typeof CSV_TABLES)[number];

const MESSAGES = { ko: koMessages, en: enMessages } as const;

export function subsidyTranslator(locale: AppLocale): Translate {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Subsidies' });
  return (key, values) => t(key as never, values as never);
}

/** The file's name: Korean for Korean readers (RFC 5987 `filename*`), with an ASCII fallback. */
export function exportFileName(options: {
  locale: AppLocale;
  format: ExportFormat;
  filters: SubsidyFilters;
  readOn: string;
  /** A CSV's table, named in the file's name. */
  table?: CsvTable;
}): {
  ascii: string;
  utf8: string;
} {
  const year = options.filters.year === null ? 'all-years' : String(options.filters.year);
  const table = options.table ? `-${options.table}` : '';
  const ascii = `learning-city-subsidies-${year}${table}-${options.readOn}.${options.format}`;
  const utf8 = byLocale(options.locale, {
    ko: `평생학습도시-지원금-${options.filters.year ?? '전체'}${table}-${options.readOn}.${options.format}`,
    en: ascii,
  });
  return { ascii, utf8 };
}

export function contentDisposition(name: { ascii: string; utf8: string }): string {
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`;
}

export async function exportSubsidies(options: { locale: string; format: string; url: URL }): Promise<Response> {
  const locale = routing.locales.find((l) => l === options.locale);
  const format = EXPORT_FORMATS.find((f) => f === options.format);
  if (!locale || !format) return new Response('Not found', { status: 404 });

  const access = await checkAccess('subsidies.read');
  if (access.status === 'anonymous') {
    const signIn = new URL(getPathname({ href: '/admin/sign-in', locale }), options.url);
    signIn.searchParams.set('next', getPathname({ href: `/admin/subsidies${options.url.search}`, locale }));
    return new Response(null, { status: 303, headers: { Location: signIn.toString(), 'Cache-Control': 'no-store' } });
  }
  if (access.status !== 'allowed') return new Response('Forbidden', { status: 403 });

  const filters = parseSubsidyFilters(options.url.searchParams);
  const dashboard = await getSubsidyDashboard(filters);
  const t = subsidyTranslator(locale);
  const tables = buildDashboardTables({ dashboard, t, locale, link: () => '' });
  const title = describeFilters({ dashboard, t, locale });
  const tableId = format === 'csv' ? (CSV_TABLES.find((id) => id === options.url.searchParams.get('table')) ?? 'allocations') : undefined;
  const csvTable = tables.find((table) => table.id === tableId);
  if (format === 'csv' && !csvTable) return new Response('Not found', { status: 404 });
  const name = exportFileName({ locale, format, filters, readOn: dashboard.readOn, table: tableId });
  const headers = {
    'Content-Disposition': contentDisposition(name),
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  if (csvTable) {
    return new Response(tableCsv(csvTable), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const body = await dashboardXlsx(title, tables, { readOn: dashboard.readOn });
  return new Response(new Uint8Array(body), { headers: { ...headers, 'Content-Type': XLSX_CONTENT_TYPE } });
}
