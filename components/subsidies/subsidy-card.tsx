import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { formatWon } from '@/lib/money/format';
import { getLatestSubsidyYear } from '@/lib/subsidies/queries';

/** The admin home's way into the subsidy dashboard, with the latest year's figure. */
export async function SubsidyCard() {
  const [t, locale, latest] = await Promise.all([getTranslations('Subsidies.card'), getLocale(), getLatestSubsidyYear()]);
  return (
    <section aria-labelledby="subsidy-card-heading" className="mt-6 flex flex-col gap-2 rounded border border-line p-4">
      <h2 id="subsidy-card-heading" className="font-semibold">
        <Link href="/admin/subsidies">{t('title')}</Link>
      </h2>
      <p className="text-lg font-bold text-primary-900">
        {latest ? t('latest', { year: latest.year, count: latest.allocations, total: formatWon(latest.total, locale) }) : t('none')}
      </p>
      <p className="flex flex-wrap gap-4">
        <Link href="/admin/programmes">{t('programmes')}</Link>
        <Link href="/admin/allocations">{t('allocations')}</Link>
      </p>
    </section>
  );
}
