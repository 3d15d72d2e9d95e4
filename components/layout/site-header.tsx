import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { LocaleSwitch } from './locale-switch';
import { otherLocale } from '@/lib/core/names';

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
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex flex-col text-ink no-underline hover:no-underline">
          <span className="text-xs font-medium text-ink-soft">{t('owner')}</span>
          <span className="text-lg font-bold text-primary-900 sm:text-xl">{t('name')}</span>
        </Link>
        <LocaleSwitch
          targetLocale={otherLocale(locale)}
          label={t('switchLanguage')}
          className="rounded border border-line px-3 py-1.5 text-sm font-medium text-ink no-underline hover:bg-surface"
        />
      </div>
      <nav aria-label={t('nav.label')} className="border-t border-line bg-primary-900">
        <ul className="mx-auto flex max-w-6xl flex-wrap px-2">
          {navigation.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                className="block px-3 py-3 text-sm font-semibold text-white no-underline hover:bg-primary-700 hover:no-underline sm:px-4 sm:text-base"
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
