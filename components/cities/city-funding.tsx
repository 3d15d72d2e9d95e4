import { getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import type { CityPage } from '@/lib/cities/queries';
import { formatWon } from '@/lib/money/format';
import { localName } from '@/lib/core/names';

export async function CityFunding({ city }: { city: CityPage }) {
  const [t, tStatus, locale] = await Promise.all([getTranslations('CityPage'), getTranslations('AllocationStatus'), getLocale()]);
  const total = city.allocations.filter((a) => a.status !== 'returned').reduce((sum, a) => sum + a.amount, 0n);
  const isTotalApproximate = city.allocations.some((a) => a.isAmountApproximate && a.status !== 'returned');
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
                  {formatWon(allocation.amount, locale, { isApproximate: allocation.isAmountApproximate })}
                </td>
                <td className={td}>{tStatus(allocation.status)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2} className={`${td} font-semibold`}>
                {t('fundingTotal')}
              </th>
              <td className={`${td} text-right font-semibold whitespace-nowrap tabular`}>
                {formatWon(total, locale, { isApproximate: isTotalApproximate })}
              </td>
              <td className={td} />
            </tr>
          </tfoot>
        </DataTable>
      )}
    </Section>
  );
}
