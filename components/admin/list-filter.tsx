import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { getPathname } from '@/lib/i18n/navigation';

/** A GET form above a staff list: a search box and, optionally, more filters. */
export async function ListFilter({ path, q, children }: { path: string; q: string; children?: ReactNode }) {
  const [t, locale] = await Promise.all([getTranslations('Admin.list'), getLocale()]);
  return (
    <form role="search" method="get" action={getPathname({ href: path, locale })} className="mb-4 flex flex-wrap items-end gap-3">
      <div className="flex min-w-56 flex-1 flex-col gap-1">
        <label htmlFor="list-q" className="text-sm font-semibold">
          {t('search')}
        </label>
        <input id="list-q" name="q" type="search" defaultValue={q} maxLength={60} className="rounded border border-ink-soft px-3 py-2" />
      </div>
      {children}
      <button type="submit" className="rounded bg-primary-600 px-4 py-2 font-semibold text-white hover:bg-primary-700">
        {t('apply')}
      </button>
    </form>
  );
}
