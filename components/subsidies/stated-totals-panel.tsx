import { getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { formatWon } from '@/lib/money/format';
import type { StatedTotalCheck } from '@/lib/subsidies/queries';
import type { DashboardTable } from '@/lib/subsidies/tables';
import { DashboardTableView } from './dashboard-table';
import { localField } from '@/lib/core/names';

/**
 * Announcements that state a total, against what their linked allocations add up to. A mismatch
 * is shown, with the difference, and left in the data as the sources give it (issue 5).
 */
export async function StatedTotalsPanel({ checks, table, locale }: { checks: StatedTotalCheck[]; table: DashboardTable; locale: string }) {
  const t = await getTranslations('Subsidies.statedTotals');
  const mismatches = checks.filter((check) => check.difference !== 0n);
  return (
    <Section id="stated-totals" title={table.title} description={t('lede')}>
      {mismatches.length > 0 ? (
        <div className="mb-4 rounded border border-warning-700 bg-warning-50 p-4">
          <p className="font-semibold">{t('mismatchTitle', { count: mismatches.length })}</p>
          <ul className="mt-2 list-disc space-y-2 pl-5">
            {mismatches.map((check) => (
              <li key={check.slug}>
                {t('mismatch', {
                  title: localField(check, 'title', locale),
                  date: check.publishedOn,
                  stated: formatWon(check.statedTotal, locale, { isApproximate: check.isStatedTotalApproximate }),
                  scope: localField(check, 'scope', locale) ?? t('noScope'),
                  count: check.linkedAllocations,
                  linked: formatWon(check.linkedTotal, locale),
                  difference: formatWon(check.difference, locale, { isSigned: true }),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : checks.length > 0 ? (
        <p className="mb-4">{t('allAgree')}</p>
      ) : null}
      <DashboardTableView table={table} locale={locale} emptyText={t('none')} />
    </Section>
  );
}
