import { getTranslations } from 'next-intl/server';
import { ContactDetails } from '@/components/policies/contact-details';
import { Link } from '@/lib/i18n/navigation';

/**
 * KRDS footer: the operator with its address and contact, then the policies — 개인정보처리방침
 * first and emphasised, as Korean public sites show it — the copyright policy and the
 * accessibility statement; then the other ways into the data. Not printed (globals.css).
 */
export async function SiteFooter() {
  const t = await getTranslations('Site');
  return (
    <footer className="mt-12 border-t border-line bg-surface text-sm text-ink-soft print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8">
        <div className="flex flex-col gap-2">
          <p className="font-semibold text-ink">{t('name')}</p>
          <p>{t('footer.operator', { owner: t('owner') })}</p>
          <ContactDetails />
          <p>
            <Link href="/contact" prefetch={false}>
              {t('footer.contact')}
            </Link>
          </p>
        </div>
        <nav aria-label={t('footer.policiesLabel')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/privacy" prefetch={false} className="font-bold text-primary-900">
                {t('footer.privacy')}
              </Link>
            </li>
            <li>
              <Link href="/copyright" prefetch={false}>
                {t('footer.copyright')}
              </Link>
            </li>
            <li>
              <Link href="/accessibility" prefetch={false}>
                {t('footer.accessibility')}
              </Link>
            </li>
          </ul>
        </nav>
        <p>{t('footer.purpose')}</p>
        <p>
          {t('footer.sources')}{' '}
          <Link href="/about" prefetch={false}>
            {t('footer.aboutLink')}
          </Link>
        </p>
        <nav aria-label={t('footer.linksLabel')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/open-data" prefetch={false}>
                {t('footer.openData')}
              </Link>
            </li>
            <li>
              <Link href="/developers" prefetch={false}>
                {t('footer.api')}
              </Link>
            </li>
            <li>
              <Link href="/statistics" prefetch={false}>
                {t('footer.statistics')}
              </Link>
            </li>
            <li>
              <Link href="/admin" prefetch={false}>
                {t('footer.staff')}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
