import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { LocaleSwitch } from './locale-switch';
import { otherLocale } from '@/lib/core/names';

const navLink =
  'block px-3 py-3 text-sm font-semibold text-white no-underline hover:bg-primary-700 hover:no-underline sm:px-4 sm:text-base';

/**
 * KRDS masthead: the site's name, a search box (a GET form to the city search: works without
 * JavaScript) and the language switch; below it the main menu. On a phone the menu folds into a
 * disclosure (<details>, no script) so that a page's content starts within the first screen.
 * Printing keeps only the name (globals.css and print: variants).
 */
export async function SiteHeader() {
  const [t, locale] = await Promise.all([getTranslations('Site'), getLocale()]);
  const navigation = [
    { href: '/regions', label: t('nav.regions') },
    { href: '/cities', label: t('nav.cities') },
    { href: '/registry', label: t('nav.registry') },
    { href: '/map', label: t('nav.map') },
    { href: '/statistics', label: t('nav.statistics') },
    { href: '/offices', label: t('nav.offices') },
    { href: '/networks', label: t('nav.networks') },
    { href: '/agreements', label: t('nav.agreements') },
    { href: '/association', label: t('nav.association') },
    { href: '/about', label: t('nav.about') },
  ] as const;
  const links = navigation.map((item) => (
    <li key={item.href}>
      <Link href={item.href} prefetch={false} className={navLink}>
        {item.label}
      </Link>
    </li>
  ));
  return (
    <header className="relative border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-auto flex flex-col text-ink no-underline hover:no-underline">
          <span className="text-xs font-medium text-ink-soft">{t('owner')}</span>
          <span className="text-base font-bold text-primary-900 sm:text-xl">{t('name')}</span>
        </Link>
        {/* On a phone: the search and the menu share the second row; from md up, the search sits in the first. */}
        <div className="order-last flex w-full items-center gap-2 md:order-none md:w-72 print:hidden">
          <form
            role="search"
            aria-label={t('headerSearch.form')}
            action={getPathname({ href: '/cities', locale })}
            method="get"
            className="flex min-w-0 flex-1 gap-2"
          >
            <label htmlFor="site-search-q" className="sr-only">
              {t('headerSearch.label')}
            </label>
            <input
              id="site-search-q"
              name="q"
              type="search"
              maxLength={60}
              autoComplete="off"
              placeholder={t('headerSearch.placeholder')}
              className="min-w-0 flex-1 rounded border border-ink-soft bg-white px-3 py-1.5 text-base text-ink placeholder:text-ink-soft"
            />
            <button type="submit" className="shrink-0 rounded bg-primary-600 px-3 py-1.5 font-semibold text-white hover:bg-primary-700">
              {t('headerSearch.submit')}
            </button>
          </form>
          <details className="group sm:hidden">
            <summary className="cursor-pointer list-none rounded border border-line px-3 py-1.5 font-medium text-ink hover:bg-surface [&::-webkit-details-marker]:hidden">
              {t('nav.menu')}
              <span aria-hidden="true" className="ml-1 inline-block group-open:rotate-180">
                ▾
              </span>
            </summary>
            <nav aria-label={t('nav.label')} className="absolute inset-x-0 top-full z-40 border-t border-line bg-primary-900 shadow-lg">
              <ul className="grid grid-cols-2 px-2 py-1">{links}</ul>
            </nav>
          </details>
        </div>
        <LocaleSwitch
          targetLocale={otherLocale(locale)}
          label={t('switchLanguage')}
          className="rounded border border-line px-3 py-1.5 text-sm font-medium text-ink no-underline hover:bg-surface print:hidden"
        />
      </div>
      <nav aria-label={t('nav.label')} className="hidden border-t border-line bg-primary-900 sm:block print:hidden">
        <ul className="mx-auto flex max-w-6xl flex-wrap px-2">{links}</ul>
      </nav>
    </header>
  );
}
