import { getLocale, getTranslations } from 'next-intl/server';
import { StandingFields } from '@/components/cities/standing-fields';
import { getPathname } from '@/lib/i18n/navigation';

/**
 * Filters a region's learning cities by standing and next evaluation year (issue 4). The region
 * page stays prerendered; the filtered list is the search page's, which shares the same URL
 * parameters, so a filtered view can be shared too. A plain GET form: no JavaScript needed.
 */
export async function RegionFilter({ regionSlug }: { regionSlug: string }) {
  const [t, locale] = await Promise.all([getTranslations('RegionPage'), getLocale()]);
  return (
    <form
      action={getPathname({ href: '/cities', locale })}
      method="get"
      aria-labelledby="region-filter-title"
      className="mb-4 grid gap-4 rounded border border-line bg-surface p-4 sm:grid-cols-6"
    >
      <p id="region-filter-title" className="font-semibold sm:col-span-6">
        {t('filterTitle')}
      </p>
      <input type="hidden" name="region" value={regionSlug} />
      <input type="hidden" name="scope" value="designated" />
      <StandingFields idPrefix="region" />
      <div className="sm:col-span-6">
        <button type="submit" className="rounded bg-primary-600 px-4 py-2.5 font-semibold text-white hover:bg-primary-700">
          {t('filterSubmit')}
        </button>
      </div>
    </form>
  );
}
