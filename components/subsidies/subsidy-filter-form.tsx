import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/core/locales';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { localField, localName, qualifiedName } from '@/lib/core/names';
import { REGION_BASES, STATUS_FILTERS, type SubsidyFilters } from '@/lib/subsidies/filters';
import type { SubsidyFilterOptions } from '@/lib/subsidies/queries';

const control = 'max-w-full rounded border border-ink-soft bg-white px-3 py-2';

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="flex max-w-full min-w-0 flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value} className={control}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The dashboard's filters: a GET form, so they live in the URL and work without JavaScript. */
export async function SubsidyFilterForm({
  filters,
  options,
  locale,
}: {
  filters: SubsidyFilters;
  options: SubsidyFilterOptions;
  locale: Locale;
}) {
  const [t, tStatus] = await Promise.all([getTranslations('Subsidies.filterForm'), getTranslations('Subsidies.statusFilters')]);
  const named = (entity: { nameKo: string; nameEn: string }) => localName(entity, locale);
  return (
    <form
      role="search"
      aria-label={t('label')}
      method="get"
      action={getPathname({ href: '/admin/subsidies', locale })}
      className="mb-8 flex flex-wrap items-end gap-3 rounded border border-line bg-surface p-4"
    >
      <Select
        name="year"
        label={t('year')}
        value={filters.year === null ? '' : String(filters.year)}
        options={[{ value: '', label: t('allYears') }, ...options.years.map((year) => ({ value: String(year), label: String(year) }))]}
      />
      <Select
        name="programme"
        label={t('programme')}
        value={filters.programme ?? ''}
        options={[{ value: '', label: t('allProgrammes') }, ...options.programmes.map((p) => ({ value: p.code, label: named(p) }))]}
      />
      <Select
        name="region"
        label={t('region')}
        value={filters.region ?? ''}
        options={[
          { value: '', label: t('allRegions') },
          // Regions as they are today (the default) offer today's regions; an abolished one (광주,
          // 전남) only by the region at the time of the announcement, or while it is chosen.
          ...options.regions
            .filter((r) => !r.isAbolished || filters.regionBasis === 'announced' || r.slug === filters.region)
            .map((r) => ({
              value: r.slug,
              label: r.isAbolished ? t('abolishedRegion', { region: localField(r, 'short', locale) }) : localField(r, 'short', locale),
            })),
        ]}
      />
      <Select
        name="regionAt"
        label={t('regionBasis')}
        value={filters.regionBasis}
        options={REGION_BASES.map((basis) => ({
          value: basis,
          label: t(basis === 'current' ? 'regionBasisCurrent' : 'regionBasisAnnounced'),
        }))}
      />
      <Select
        name="city"
        label={t('city')}
        value={filters.city ?? ''}
        options={[
          { value: '', label: t('allCities') },
          ...options.cities.map((c) => ({ value: c.slug, label: qualifiedName(c, c.region, locale) })),
        ]}
      />
      <Select
        name="status"
        label={t('status')}
        value={filters.status}
        options={STATUS_FILTERS.map((status) => ({ value: status, label: tStatus(status) }))}
      />
      <button type="submit" className="rounded bg-primary-600 px-4 py-2 font-semibold text-white hover:bg-primary-700">
        {t('apply')}
      </button>
      <Link href="/admin/subsidies" className="py-2">
        {t('reset')}
      </Link>
    </form>
  );
}
