import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import '../globals.css';
import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { PrintAddress } from '@/components/layout/print-address';
import { SkipLink } from '@/components/layout/skip-link';
import { routing } from '@/lib/i18n/routing';
import { siteUrl } from '@/lib/site-url';
import { THEME_COLOR } from '@/lib/theme';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Site');
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('name'), template: `%s · ${t('name')}` },
    description: t('description'),
    applicationName: t('name'),
    // public/: drawn in icon.svg, the PNGs and the ICO made from it by scripts/icons.sh.
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
        { url: '/icon.svg', type: 'image/svg+xml' },
      ],
      apple: { url: '/apple-touch-icon.png', sizes: '180x180' },
    },
    manifest: '/manifest.webmanifest',
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: THEME_COLOR };

export default async function LocaleLayout({ children }: LayoutProps<'/[locale]'>) {
  const locale = await rootLocale();
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations('Site');
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        {/* Client components get the locale for links, and no messages: their text comes as props. */}
        <NextIntlClientProvider messages={null}>
          <SkipLink />
          <SiteHeader />
          <PrintAddress origin={siteUrl()} label={t('printAddress')} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none sm:py-10">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
