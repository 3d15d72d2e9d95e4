import { getLocale, getTranslations } from 'next-intl/server';
import { AGREEMENT_TOPICS, STANDING_FILTERS, type AgreementFilters } from '@/lib/agreements/filters';
import { fromIsoDate } from '@/lib/core/dates';
import { localName } from '@/lib/core/names';
import { getPathname } from '@/lib/i18n/navigation';
import type { OrganisationRef } from '@/lib/organisations/refs';

const control = 'max-w-full rounded border border-ink-soft bg-white px-3 py-2';

/** The list's filters as a plain GET form: it works without JavaScript and its URL can be shared. */
export async function AgreementFilterForm({
  filters,
  parties,
  years,
  isDayFallback,
  today,
}: {
  filters: AgreementFilters;
  parties: OrganisationRef[];
  years: number[];
  isDayFallback: boolean;
  today: string;
}) {
  const [t, tTopic, tGroup, locale] = await Promise.all([
    getTranslations('Agreements'),
    getTranslations('AgreementTopic'),
    getTranslations('Agreements.standingGroup'),
    getLocale(),
  ]);
  const field = (id: string, label: string, control: React.ReactNode) => (
    <div className="flex max-w-full min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {control}
    </div>
  );
  return (
    <>
      <form
        method="get"
        action={getPathname({ href: '/agreements', locale })}
        className="mb-6 flex flex-wrap items-end gap-3 rounded border border-line bg-surface p-4"
      >
        {field(
          'agreements-on',
          t('filterOn'),
          <input
            id="agreements-on"
            name="on"
            type="date"
            min="2000-01-01"
            max="2100-12-31"
            defaultValue={filters.on}
            className={control}
          />,
        )}
        {field(
          'agreements-standing',
          t('filterStanding'),
          <select id="agreements-standing" name="standing" defaultValue={filters.standing ?? ''} className={control}>
            <option value="">{t('all')}</option>
            {STANDING_FILTERS.map((value) => (
              <option key={value} value={value}>
                {tGroup(value)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'agreements-party',
          t('filterParty'),
          <select id="agreements-party" name="party" defaultValue={filters.party ?? ''} className={control}>
            <option value="">{t('all')}</option>
            {parties.map((party) => (
              <option key={party.slug} value={party.slug}>
                {localName(party, locale)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'agreements-topic',
          t('filterTopic'),
          <select id="agreements-topic" name="topic" defaultValue={filters.topic ?? ''} className={control}>
            <option value="">{t('all')}</option>
            {AGREEMENT_TOPICS.map((topic) => (
              <option key={topic} value={topic}>
                {tTopic(topic)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'agreements-year',
          t('filterYear'),
          <select id="agreements-year" name="year" defaultValue={filters.year ?? ''} className={control}>
            <option value="">{t('all')}</option>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>,
        )}
        <button type="submit" className="rounded bg-primary-600 px-4 py-2.5 font-semibold text-white hover:bg-primary-700">
          {t('apply')}
        </button>
      </form>
      {isDayFallback ? (
        <p role="status" className="mb-4 rounded border border-warning-700 bg-warning-50 p-3">
          {t('dayFallback', { today: fromIsoDate(today) })}
        </p>
      ) : null}
    </>
  );
}
