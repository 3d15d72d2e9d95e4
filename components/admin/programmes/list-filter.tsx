import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/lib/i18n/navigation';

/** A GET form above the programme and allocation lists: a year and, for allocations, a status. */
export async function SubsidyListFilter({
  path,
  years,
  year,
  statuses,
  status,
}: {
  path: string;
  years: number[];
  year?: number;
  statuses?: readonly string[];
  status?: string;
}) {
  const [t, tStatus, locale] = await Promise.all([
    getTranslations('Admin.subsidyForms'),
    getTranslations('Subsidies.statuses'),
    getLocale(),
  ]);
  return (
    <form method="get" action={getPathname({ href: path, locale })} className="mb-4 flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor="list-year" className="text-sm font-semibold">
          {t('year')}
        </label>
        <select id="list-year" name="year" defaultValue={year ?? ''} className="rounded border border-ink-soft px-3 py-2">
          <option value="">{t('allYears')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {statuses ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="list-status" className="text-sm font-semibold">
            {t('status')}
          </label>
          <select id="list-status" name="status" defaultValue={status ?? ''} className="rounded border border-ink-soft px-3 py-2">
            <option value="">{t('allStatuses')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {tStatus(s as 'draft')}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="rounded bg-primary-600 px-4 py-2 font-semibold text-white hover:bg-primary-700">
        {t('apply')}
      </button>
    </form>
  );
}
