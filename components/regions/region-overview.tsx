import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { CityTable } from '@/components/cities/city-table';
import { RegionFilter } from './region-filter';
import { CoverageMeter } from '@/components/ui/coverage-meter';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { Link } from '@/lib/i18n/navigation';
import type { RegionPage } from '@/lib/regions/queries';
import { fromIsoDate } from '@/lib/core/dates';
import { localName, otherLocale } from '@/lib/core/names';

export async function RegionOverview({ page }: { page: RegionPage }) {
  const [t, format, locale] = await Promise.all([getTranslations('RegionPage'), getFormatter(), getLocale()]);
  const { region } = page;
  const name = (r: { nameKo: string; nameEn: string }) => localName(r, locale);
  const isAbolished = region.abolishedOn !== null;
  const designated = page.localGovernments.filter((lg) => lg.isDesignated);
  const others = page.localGovernments.filter((lg) => !designated.includes(lg));
  const total = page.localGovernments.length;
  return (
    <>
      <PageHeader title={name(region)} lede={localName(region, otherLocale(locale))}>
        {isAbolished ? (
          <p role="note" className="rounded border border-warning-700 bg-warning-50 p-3 text-ink">
            {t('abolished', { date: fromIsoDate(region.abolishedOn!) })}{' '}
            {region.successor ? (
              <Link href={`/regions/${region.successor.slug}`}>{t('browseSuccessor', { region: name(region.successor) })}</Link>
            ) : null}
          </p>
        ) : (
          <div className="max-w-md">
            <p className="mb-2 text-lg">
              {t('coverage', {
                designated: designated.length,
                total,
                percent: format.number(total ? designated.length / total : 0, { style: 'percent', maximumFractionDigits: 1 }),
              })}
            </p>
            <CoverageMeter value={designated.length} total={total} />
          </div>
        )}
      </PageHeader>

      {region.predecessors.length > 0 || region.periods.length > 0 ? (
        <Section id="history" title={t('history')}>
          <ul className="list-disc space-y-1 pl-5">
            {region.predecessors.length > 0 && region.establishedOn ? (
              <li>
                {t('formedFrom', { date: fromIsoDate(region.establishedOn) })}{' '}
                {region.predecessors.map((p, index) => (
                  <span key={p.slug}>
                    {index > 0 ? ', ' : ''}
                    <Link href={`/regions/${p.slug}`}>{name(p)}</Link>
                  </span>
                ))}
              </li>
            ) : null}
            {region.periods.map((period) => (
              <li key={period.validUntil}>
                {period.code === null
                  ? t('renamedCodeUnknown', {
                      date: fromIsoDate(period.validUntil),
                      name: name(period),
                      newName: name(region),
                      newCode: region.code,
                    })
                  : t('renamed', {
                      date: fromIsoDate(period.validUntil),
                      name: name(period),
                      code: period.code,
                      newName: name(region),
                      newCode: region.code,
                    })}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section id="learning-cities" title={isAbolished ? t('learningCitiesThen') : t('learningCities', { count: designated.length })}>
        {designated.length > 0 && !isAbolished ? <RegionFilter regionSlug={region.slug} /> : null}
        {designated.length > 0 ? (
          <CityTable caption={t('learningCitiesCaption', { region: name(region) })} cities={designated} showRegion={isAbolished} />
        ) : (
          <p>{t('noLearningCities')}</p>
        )}
      </Section>

      {others.length > 0 ? (
        <Section id="not-designated" title={isAbolished ? t('otherUnitsThen') : t('notDesignated', { count: others.length })}>
          <CityTable
            caption={t('notDesignatedCaption', { region: name(region) })}
            cities={others}
            showRegion={isAbolished}
            showStanding={false}
          />
        </Section>
      ) : null}
    </>
  );
}
