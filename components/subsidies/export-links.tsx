import { getTranslations } from 'next-intl/server';
import { filterQuery, type SubsidyFilters } from '@/lib/subsidies/filters';

/**
 * Downloads of what is on screen, for the same filters. Plain links with `download`: the files
 * come from a route handler, which a client-side navigation (next-intl's Link) cannot open.
 */
export async function ExportLinks({ filters, locale }: { filters: SubsidyFilters; locale: string }) {
  const t = await getTranslations('Subsidies.export');
  const query = filterQuery(filters);
  return (
    <p className="flex flex-wrap items-center gap-3">
      <span className="font-semibold">{t('label')}</span>
      <a
        href={`/${locale}/admin/subsidies/export/xlsx${query}`}
        download
        className="rounded border border-primary-600 px-3 py-1.5 font-semibold no-underline hover:bg-primary-50"
      >
        {t('xlsx')}
      </a>
      <a
        href={`/${locale}/admin/subsidies/export/csv${query}`}
        download
        className="rounded border border-primary-600 px-3 py-1.5 font-semibold no-underline hover:bg-primary-50"
      >
        {t('csv')}
      </a>
      <span className="text-sm text-ink-soft">{t('hint')}</span>
    </p>
  );
}
