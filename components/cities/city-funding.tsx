import { getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import type { CityPage } from '@/lib/cities/queries';
import { SourceCitation } from '@/components/sources/source-citation';
import { formatWonRange } from '@/lib/money/format';
import { localName } from '@/lib/core/names';

export async function CityFunding({ city }: { city: CityPage }) {
  const [t, tStatus, locale] = await Promise.all([getTranslations('CityPage'), getTranslations('AllocationStatus'), getLocale()]);
  const counted = city.allocations.filter((a) => a.status !== 'returned');
  // An amount announced as a range counts as a range: the total is the sum of the lower bounds to the sum of the upper.
  const total = counted.reduce((sum, a) => sum + a.amount, 0n);
  const totalMin = counted.some((a) => a.amountMin !== null) ? counted.reduce((sum, a) => sum + (a.amountMin ?? a.amount), 0n) : null;
  const isTotalApproximate = counted.some((a) => a.isAmountApproximate);
  return (
    <Section id="funding" title={t('funding')} description={t('fundingHint')}>
      {city.allocations.length === 0 ? (
        <p className="text-ink-soft">{t('noFunding')}</p>
      ) : (
        <DataTable caption={t('fundingCaption')}>
          <thead>
            <tr>
              <th scope="col" className={th}>
                {t('year')}
              </th>
              <th scope="col" className={th}>
                {t('programme')}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t('amount')}
              </th>
              <th scope="col" className={th}>
                {t('allocationStatus')}
              </th>
              <th scope="col" className={th}>
                {t('fundingSource')}
              </th>
            </tr>
          </thead>
          <tbody>
            {city.allocations.map((allocation) => (
              <tr key={`${allocation.year}-${allocation.programme.code}`}>
                <th scope="row" className={`${td} whitespace-nowrap tabular`}>
                  {allocation.year}
                </th>
                <td className={td}>{localName(allocation.programme, locale)}</td>
                <td className={`${td} text-right whitespace-nowrap tabular`}>
                  {formatWonRange(allocation.amount, allocation.amountMin, locale, { isApproximate: allocation.isAmountApproximate })}
                </td>
                <td className={td}>{tStatus(allocation.status)}</td>
                <td className={`${td} text-sm`}>{allocation.announcement ? <SourceCitation source={allocation.announcement} /> : null}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2} className={`${td} font-semibold`}>
                {t('fundingTotal')}
              </th>
              <td className={`${td} text-right font-semibold whitespace-nowrap tabular`}>
                {formatWonRange(total, totalMin, locale, { isApproximate: isTotalApproximate })}
              </td>
              <td className={td} />
              <td className={td} />
            </tr>
          </tfoot>
        </DataTable>
      )}
    </Section>
  );
}
