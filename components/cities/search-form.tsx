import { getLocale, getTranslations } from 'next-intl/server';
import type { CitySearch } from '@/lib/cities/schemas';
import { CITY_SEARCH_SCOPES } from '@/lib/cities/schemas';
import { CITY_SORTS } from '@/lib/cities/sort';
import type { RegionSummary } from '@/lib/regions/queries';
import { StandingFields } from './standing-fields';
import { byLocale } from '@/lib/core/names';
import { getPathname } from '@/lib/i18n/navigation';

const field = 'w-full rounded border border-ink-soft bg-white px-3 py-2 text-base text-ink';
const label = 'mb-1 block text-sm font-semibold text-ink';

/** How many of the filters behind the disclosure narrow the search (the sort does not). */
function activeFilterCount(search?: CitySearch): number {
  if (!search) return 0;
  const isYearSet = search.from !== undefined || search.to !== undefined;
  return [search.region, isYearSet || undefined, search.status, search.next, search.scope === 'all' || undefined].filter(Boolean).length;
}

/**
 * A plain GET form: works without JavaScript, and its URL can be shared. Compact (issue 14): one
 * box and its button, the other filters behind a disclosure (<details>, no script), so that on a
 * phone the results follow the box within the first screen.
 */
export async function SearchForm({ search, regions }: { search?: CitySearch; regions: RegionSummary[] }) {
  const [t, locale] = await Promise.all([getTranslations('Search'), getLocale()]);
  const activeFilters = activeFilterCount(search);
  return (
    <form
      role="search"
      aria-label={t('formLabel')}
      action={getPathname({ href: '/cities', locale })}
      method="get"
      className="rounded border border-line bg-surface p-4"
    >
      <label htmlFor="search-q" className={label}>
        {t('query')}
      </label>
      <div className="flex gap-2">
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={search?.q ?? ''}
          className={`${field} min-w-0 flex-1`}
          aria-describedby="search-q-hint"
          autoComplete="off"
          maxLength={60}
        />
        <button type="submit" className="shrink-0 rounded bg-primary-600 px-4 py-2 font-semibold text-white hover:bg-primary-700">
          {t('submit')}
        </button>
      </div>
      <p id="search-q-hint" className="mt-1 text-sm text-ink-soft">
        {t('queryHint')}
      </p>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold text-primary-600">
          {t('moreFilters')}
          {activeFilters > 0 ? <span className="ml-2 font-normal text-ink">{t('activeFilters', { count: activeFilters })}</span> : null}
        </summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-6">
          <div className="sm:col-span-2">
            <label htmlFor="search-region" className={label}>
              {t('region')}
            </label>
            <select id="search-region" name="region" defaultValue={search?.region ?? ''} className={field}>
              <option value="">{t('allRegions')}</option>
              {regions.map((region) => (
                <option key={region.slug} value={region.slug}>
                  {byLocale(locale, { ko: region.nameKo, en: region.shortEn })}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="sm:col-span-2">
            <legend className={label}>{t('years')}</legend>
            <div className="flex items-center gap-2">
              <label htmlFor="search-from" className="sr-only">
                {t('fromYear')}
              </label>
              <input
                id="search-from"
                name="from"
                type="number"
                inputMode="numeric"
                min={2001}
                max={2100}
                defaultValue={search?.from ?? ''}
                placeholder={t('fromPlaceholder')}
                className={field}
              />
              <span aria-hidden="true">–</span>
              <label htmlFor="search-to" className="sr-only">
                {t('toYear')}
              </label>
              <input
                id="search-to"
                name="to"
                type="number"
                inputMode="numeric"
                min={2001}
                max={2100}
                defaultValue={search?.to ?? ''}
                placeholder={t('toPlaceholder')}
                className={field}
              />
            </div>
          </fieldset>
          <div className="sm:col-span-2">
            <label htmlFor="search-sort" className={label}>
              {t('sort')}
            </label>
            <select id="search-sort" name="sort" defaultValue={search?.sort ?? 'region'} className={field}>
              {CITY_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`sorts.${sort}`)}
                </option>
              ))}
            </select>
          </div>
          <StandingFields status={search?.status} next={search?.next} />
          <fieldset className="sm:col-span-4">
            <legend className={label}>{t('scope')}</legend>
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {CITY_SEARCH_SCOPES.map((scope) => (
                <label key={scope} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="scope"
                    value={scope}
                    defaultChecked={(search?.scope ?? 'designated') === scope}
                    className="size-4"
                  />
                  {t(`scopes.${scope}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="flex items-end sm:col-span-2">
            <button type="submit" className="w-full rounded bg-primary-600 px-4 py-2.5 font-semibold text-white hover:bg-primary-700">
              {t('submitFilters')}
            </button>
          </div>
        </div>
      </details>
    </form>
  );
}
