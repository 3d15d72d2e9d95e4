import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/core/locales';
import { filterQuery, type SubsidyFilters } from '@/lib/subsidies/filters';
import { getPathname } from '@/lib/i18n/navigation';
import { CSV_TABLES } from '@/lib/subsidies/export-response';
import type { DashboardTable } from '@/lib/subsidies/tables';

/**
 * Downloads of what is on screen, for the same filters. Plain links with `download`: the files
 * come from a route handler, which a client-side navigation (next-intl's Link) cannot open.
 */
export async function ExportLinks({ filters, locale, tables }: { filters: SubsidyFilters; locale: Locale; tables: DashboardTable[] }) {
  const t = await getTranslations('Subsidies.export');
  const query = filterQuery(filters);
  const csvQuery = (table: string) => `${query}${query ? '&' : '?'}table=${table}`;
  return (
    <p className="flex flex-wrap items-center gap-3">
      <span className="font-semibold">{t('label')}</span>
      <a
        href={getPathname({ href: `/admin/subsidies/export/xlsx${query}`, locale })}
        download
        className="rounded border border-primary-600 px-3 py-1.5 font-semibold no-underline hover:bg-primary-50"
      >
        {t('xlsx')}
      </a>
      <span>{t('csvTables')}</span>
      {CSV_TABLES.flatMap((id) => tables.filter((table) => table.id === id)).map((table) => (
        <a key={table.id} href={getPathname({ href: `/admin/subsidies/export/csv${csvQuery(table.id)}`, locale })} download>
          {table.sheet}
        </a>
      ))}
      <span className="w-full text-sm text-ink-soft">{t('hint')}</span>
    </p>
  );
}
