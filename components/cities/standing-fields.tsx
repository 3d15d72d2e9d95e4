import { getTranslations } from 'next-intl/server';
import { DESIGNATION_STATUSES, type DesignationStatus } from '@/lib/designations/status';

const field = 'w-full rounded border border-ink-soft bg-white px-3 py-2 text-base text-ink';
const label = 'mb-1 block text-sm font-semibold text-ink';

/** Standing and next-evaluation filters (issue 4), shared by the search form and the region page's filter. */
export async function StandingFields({
  status,
  next,
  idPrefix = 'search',
}: {
  status?: DesignationStatus;
  next?: number;
  idPrefix?: string;
}) {
  const [t, tStatus] = await Promise.all([getTranslations('Search'), getTranslations('DesignationStatus')]);
  return (
    <>
      <div className="sm:col-span-3">
        <label htmlFor={`${idPrefix}-status`} className={label}>
          {t('status')}
        </label>
        <select id={`${idPrefix}-status`} name="status" defaultValue={status ?? ''} className={field}>
          <option value="">{t('anyStatus')}</option>
          {DESIGNATION_STATUSES.map((value) => (
            <option key={value} value={value}>
              {tStatus(value)}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-3">
        <label htmlFor={`${idPrefix}-next`} className={label}>
          {t('next')}
        </label>
        <input
          id={`${idPrefix}-next`}
          name="next"
          type="number"
          inputMode="numeric"
          min={2020}
          max={2100}
          defaultValue={next ?? ''}
          aria-describedby={`${idPrefix}-next-hint`}
          className={field}
        />
        <p id={`${idPrefix}-next-hint`} className="mt-1 text-sm text-ink-soft">
          {t('nextHint')}
        </p>
      </div>
    </>
  );
}
