import { getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import type { CityPage } from '@/lib/cities/queries';
import { fromIsoDate } from '@/lib/core/dates';
import { localName } from '@/lib/core/names';
import { Link } from '@/lib/i18n/navigation';

/**
 * The units a city was formed from, with the designations made to each (issue 12: today's 창원시
 * holds the former 창원시's 2004 designation); for an abolished unit, who holds its designations
 * now; and whether the ministry's totals count them. Nothing when there is nothing to say.
 */
export async function CityLineage({ city }: { city: CityPage }) {
  const [t, locale] = await Promise.all([getTranslations('CityLineage'), getLocale()]);
  const carriedOver = city.designations.filter((d) => d.heldBy !== null);
  const notCounted = city.designations.filter((d) => !d.isCountedByMinistry);
  if (city.predecessors.length === 0 && carriedOver.length === 0 && notCounted.length === 0) return null;
  const year = (d: { firstYear: number | null; designatedByYear: number }) =>
    d.firstYear === null ? t('byYear', { year: d.designatedByYear }) : t('year', { year: d.firstYear });
  const successorOn = (slug: string) => city.successors.find((s) => s.slug === slug)?.effectiveOn ?? city.abolishedOn;
  return (
    <Section id="lineage" title={t('title')}>
      {city.predecessors.length > 0 ? (
        <>
          <p className="mb-2">{t('predecessors')}</p>
          <ul className="mb-4 list-disc space-y-2 pl-5">
            {city.predecessors.map((predecessor) => (
              <li key={predecessor.slug}>
                <Link href={`/cities/${predecessor.slug}`}>{localName(predecessor, locale)}</Link>{' '}
                <span className="text-ink-soft">
                  ({t(predecessor.kind === 'merge' ? 'merged' : 'partOf', { date: fromIsoDate(predecessor.effectiveOn) })})
                </span>
                {/* Only a unit merged whole passes its designations on; a split leaves them where they were. */}
                {predecessor.kind !== 'merge' ? null : predecessor.designations.length === 0 ? <>: {t('noDesignation')}</> : <>: </>}
                {predecessor.kind !== 'merge'
                  ? null
                  : predecessor.designations.map((d, index) => (
                      <span key={index}>
                        {index > 0 ? ', ' : ''}
                        {year(d)}{' '}
                        {d.heldBy.slug === city.slug ? (
                          t('carriedOverHere')
                        ) : (
                          <>
                            {t('heldBy')} <Link href={`/cities/${d.heldBy.slug}`}>{localName(d.heldBy, locale)}</Link>
                          </>
                        )}
                      </span>
                    ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {carriedOver.length > 0 ? (
        <ul className="mb-4 list-disc space-y-2 pl-5">
          {carriedOver.map((d, index) => (
            <li key={index}>
              {t.rich('carriedOver', {
                year: year(d),
                date: fromIsoDate(successorOn(d.heldBy!.slug)!),
                successor: () => <Link href={`/cities/${d.heldBy!.slug}`}>{localName(d.heldBy!, locale)}</Link>,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {notCounted.length > 0 ? (
        <p role="note" className="rounded border border-line bg-surface p-3">
          {t.rich('notCounted', {
            years: notCounted.map(year).join(', '),
            link: (chunks) => <Link href="/reconciliation#rule">{chunks}</Link>,
          })}
        </p>
      ) : null}
    </Section>
  );
}
