import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { searchCities } from '@/lib/cities/queries';
import type { CitySearch } from '@/lib/cities/schemas';
import type { RegionSummary } from '@/lib/regions/queries';
import { CityTable } from './city-table';
import { SearchForm } from './search-form';
import { byLocale } from '@/lib/core/names';

type Props = { search: CitySearch; regions: RegionSummary[] };

/** The search form filled with the query, and its results. */
export async function CitySearchResults({ search, regions }: Props) {
  const [t, locale] = await Promise.all([getTranslations('Search'), getLocale()]);
  const { cities, total } = await searchCities(search, locale);
  const region = regions.find((r) => r.slug === search.region);
  return (
    <>
      {/* Results come right after the compact form; the link, shown when focused, lets a keyboard skip even that. */}
      <a href="#results-heading" className="sr-only focus:not-sr-only focus:mb-3 focus:inline-block">
        {t('skipToResults', { count: total })}
      </a>
      <SearchForm search={search} regions={regions} />
      <section aria-labelledby="results-heading" className="mt-6">
        <h2 id="results-heading" tabIndex={-1} className="mb-1 text-xl font-bold focus:outline-none">
          {t('results')}
        </h2>
        <p role="status" className="mb-4 text-ink-soft">
          {t('resultCount', { count: total })}
          {search.wasYearRangeReversed ? ` ${t('yearRangeReversed', { from: search.from!, to: search.to! })}` : ''}
        </p>
        {total === 0 ? (
          <div className="rounded border border-line bg-surface p-4">
            <p className="font-semibold">{t('emptyTitle')}</p>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-ink-soft">
              <li>{t('emptyTipSpelling')}</li>
              {search.scope === 'designated' ? <li>{t('emptyTipScope')}</li> : null}
              {region ? <li>{t('emptyTipRegion', { region: byLocale(locale, { ko: region.nameKo, en: region.shortEn }) })}</li> : null}
              {search.status || search.next ? <li>{t('emptyTipStatus')}</li> : null}
            </ul>
            <p className="mt-3">
              <Link href="/regions">{t('emptyBrowse')}</Link>
            </p>
          </div>
        ) : (
          <CityTable caption={t('resultsCaption', { query: search.q || t('allCities') })} cities={cities} />
        )}
      </section>
    </>
  );
}
