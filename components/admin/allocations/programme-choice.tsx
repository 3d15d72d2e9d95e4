import { getLocale, getTranslations } from 'next-intl/server';
import { localOptions, type Option } from '@/lib/core/names';
import { getPathname } from '@/lib/i18n/navigation';

/** The first step of a new allocation: which programme (a GET form, no JavaScript needed). */
export async function ProgrammeChoice({ programmes }: { programmes: Option[] }) {
  const [t, locale] = await Promise.all([getTranslations('Admin.allocations'), getLocale()]);
  return (
    <form method="get" action={getPathname({ href: '/admin/allocations/new', locale })} className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="choose-programme" className="text-sm font-semibold">
          {t('programme')}
        </label>
        <select id="choose-programme" name="programmeId" required className="w-full rounded border border-ink-soft bg-white px-3 py-2">
          {localOptions(programmes, locale).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit" className="rounded bg-primary-600 px-4 py-2.5 font-semibold text-white hover:bg-primary-700">
          {t('next')}
        </button>
      </div>
    </form>
  );
}
