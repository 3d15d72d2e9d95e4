import { getTranslations } from 'next-intl/server';

/** KRDS "skip navigation": the first focusable element, visible when focused. */
export async function SkipLink() {
  const t = await getTranslations('Site');
  return (
    <a href="#main" className="sr-only z-50 bg-primary-900 px-4 py-3 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
      {t('skipToContent')}
    </a>
  );
}
