import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export async function SiteFooter() {
  const t = await getTranslations('Site');
  return (
    <footer className="mt-12 border-t border-line bg-surface text-sm text-ink-soft">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8">
        <p className="font-semibold text-ink">{t('name')}</p>
        <p>{t('footer.purpose')}</p>
        <p>
          {t('footer.sources')} <Link href="/about">{t('footer.aboutLink')}</Link>
        </p>
        <nav aria-label={t('footer.linksLabel')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/open-data">{t('footer.openData')}</Link>
            </li>
            <li>
              <Link href="/developers">{t('footer.api')}</Link>
            </li>
            <li>
              <Link href="/statistics">{t('footer.statistics')}</Link>
            </li>
            <li>
              <Link href="/admin">{t('footer.staff')}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
