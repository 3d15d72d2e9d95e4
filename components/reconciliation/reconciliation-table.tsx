import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import { fromIsoDate } from '@/lib/core/dates';
import { localField } from '@/lib/core/names';
import type { PublishedMeasure } from '@/lib/registry/counting';
import type { Reconciliation } from '@/lib/registry/queries';

type Row = Reconciliation['rows'][number];

/** The language of a quoted sentence, for assistive technology: Korean, Chinese, or the page's. */
function quoteLanguage(quote: string): string | undefined {
  if (/[\uAC00-\uD7A3]/.test(quote)) return 'ko';
  if (/[\u4E00-\u9FFF]/.test(quote)) return 'zh';
  return undefined;
}

/** One measure's published figures, each beside the registry's count of the same thing on its day. */
export async function ReconciliationTable({ measure, rows }: { measure: PublishedMeasure; rows: Row[] }) {
  const [t, format, locale] = await Promise.all([getTranslations('Reconciliation'), getFormatter(), getLocale()]);
  const title = t(`sections.${measure}.title`);
  const isYearly = measure === 'new_designations';
  return (
    <Section id={measure.replaceAll('_', '-')} title={title} description={`${t(`sections.${measure}.lede`)} ${t('sectionLede')}`}>
      <DataTable caption={t('caption', { section: title })}>
        <thead>
          <tr>
            <th scope="col" className={th}>
              {isYearly ? t('year') : t('asOf')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('published')}
            </th>
            <th scope="col" className={th}>
              {t('source')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('registry')}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t('difference')}
            </th>
            <th scope="col" className={th}>
              {t('explanation')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} id={`figure-${row.slug}`}>
              <th scope="row" className={`${td} whitespace-nowrap tabular`}>
                {isYearly ? row.year : format.dateTime(fromIsoDate(row.asOf), { dateStyle: 'medium', timeZone: 'UTC' })}
              </th>
              <td className={`${td} text-right tabular`}>{format.number(row.value)}</td>
              <td className={`${td} min-w-64`}>
                <a href={row.url}>{row.outlet}</a>
                {row.publishedOn ? (
                  <span className="block text-xs text-ink-soft">{t('publishedOn', { date: fromIsoDate(row.publishedOn) })}</span>
                ) : null}
                <blockquote lang={quoteLanguage(row.quote)} className="mt-1 border-l-2 border-line pl-2 text-xs text-ink-soft">
                  {row.quote}
                </blockquote>
              </td>
              <td className={`${td} text-right tabular`}>{format.number(row.registryCount)}</td>
              <td className={`${td} text-right tabular`}>
                {row.difference === 0 ? '0' : format.number(row.difference, { signDisplay: 'always' })}
              </td>
              <td className={`${td} min-w-64`}>
                {row.difference === 0 ? (
                  <span className="text-ink-soft">{t('same')}</span>
                ) : row.explanationKo !== null ? (
                  localField(
                    { explanationKo: row.explanationKo, explanationEn: row.explanationEn ?? row.explanationKo },
                    'explanation',
                    locale,
                  )
                ) : (
                  <strong className="text-warning-700">{t('unexplained')}</strong>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </Section>
  );
}
