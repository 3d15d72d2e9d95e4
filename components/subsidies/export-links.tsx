import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/core/locales';
import { filterQuery, type SubsidyFilters } from '@/lib/subsidies/filters';
import { getPathname } from '@/lib/i18n/navigation';

/**
 * Downloads of what is on screen, for the same filters. Plain links with `download`: the files
 * come from a route handler, which a client-side navigation (next-intl's Link) cannot open.
 */
export async function ExportLinks({ filters, locale }: { filters: SubsidyFilters; locale: Locale }) {
  const t = await getTranslations('Subsidies.export');
  const query = filterQuery(filters);
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
      <a
        href={getPathname({ href: `/admin/subsidies/export/csv${query}`, locale })}
        download
        className="rounded border border-primary-600 px-3 py-1.5 font-semibold no-underline hover:bg-primary-50"
      >
        {t('csv')}
      </a>
      <span className="text-sm text-ink-soft">{t('hint')}</span>
    </p>
  );
}
