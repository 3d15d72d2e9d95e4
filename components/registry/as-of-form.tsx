import { getLocale, getTranslations } from 'next-intl/server';
import { FIRST_DAY } from '@/lib/registry/schemas';
import { fromIsoDate } from '@/lib/core/dates';
import { getPathname } from '@/lib/i18n/navigation';

/**
 * The day a page shows (`?asOf=`, the registry and the map): a plain GET form, so it works without
 * JavaScript, and the notice when the day asked for could not be shown.
 */
export async function AsOfForm({
  path,
  asOf,
  today,
  isFallback,
}: {
  path: '/registry' | '/map';
  asOf: string;
  today: string;
  isFallback: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations('AsOf'), getLocale()]);
  const id = `${path.slice(1)}-as-of`;
  return (
    <>
      <form
        method="get"
        action={getPathname({ href: path, locale })}
        className="mb-6 flex flex-wrap items-end gap-3 rounded border border-line bg-surface p-4"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={id} className="text-sm font-semibold">
            {t('label')}
          </label>
          <input
            id={id}
            name="asOf"
            type="date"
            min={FIRST_DAY}
            max={today}
            defaultValue={asOf}
            aria-describedby={`${id}-hint`}
            className="rounded border border-ink-soft bg-white px-3 py-2"
          />
          <p id={`${id}-hint`} className="text-sm text-ink-soft">
            {t('hint')}
          </p>
        </div>
        <button type="submit" className="rounded bg-primary-600 px-4 py-2.5 font-semibold text-white hover:bg-primary-700">
          {t('show')}
        </button>
      </form>
      {isFallback ? (
        <p role="status" className="mb-4 rounded border border-warning-700 bg-warning-50 p-3">
          {t('fallback', { today: fromIsoDate(today) })}
        </p>
      ) : null}
    </>
  );
}
