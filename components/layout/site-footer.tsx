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
      </div>
    </footer>
  );
}
