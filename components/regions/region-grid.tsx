import { getLocale, getTranslations } from 'next-intl/server';
import { CoverageMeter } from '@/components/ui/coverage-meter';
import { Link } from '@/lib/i18n/navigation';
import type { RegionSummary } from '@/lib/regions/queries';
import { byLocale } from '@/lib/core/names';

/** Region cards for browsing: each links to its region page and says its coverage in words. */
export async function RegionGrid({ regions }: { regions: RegionSummary[] }) {
  const [t, locale] = await Promise.all([getTranslations('Regions'), getLocale()]);
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {regions.map((region) => (
        <li key={region.slug}>
          <Link
            prefetch={false}
            href={`/regions/${region.slug}`}
            className="flex h-full flex-col gap-2 rounded border border-line p-3 text-ink no-underline hover:border-primary-500 hover:bg-primary-50 hover:no-underline"
          >
            <span className="font-semibold text-primary-900">{byLocale(locale, { ko: region.nameKo, en: region.shortEn })}</span>
            <span className="text-sm text-ink-soft">
              {t('coverageShort', { designated: region.designatedCount, total: region.unitCount })}
            </span>
            <CoverageMeter value={region.designatedCount} total={region.unitCount} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
