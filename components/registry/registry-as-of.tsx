import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { DesignationYear } from '@/components/cities/designation-year';
import { AsOfForm } from '@/components/registry/as-of-form';
import { Section } from '@/components/ui/section';
import { DataTable, td, th } from '@/components/ui/table';
import { Link } from '@/lib/i18n/navigation';
import type { RegistryAsOf } from '@/lib/registry/queries';
import { fromIsoDate } from '@/lib/core/dates';
import { localName } from '@/lib/core/names';

/** The registry on a day: the figures of that day beside the ministry's, then each region's cities under their names of then. */
export async function RegistryAsOfView({ registry, today, isFallback }: { registry: RegistryAsOf; today: string; isFallback: boolean }) {
  const [t, tTable, tStatus, tKind, format, locale] = await Promise.all([
    getTranslations('Registry'),
    getTranslations('CityTable'),
    getTranslations('DesignationStatus'),
    getTranslations('Kind'),
    getFormatter(),
    getLocale(),
  ]);
  const day = fromIsoDate(registry.asOf);
  const { counts, published } = registry;
  const share = counts.share === null ? '–' : format.number(counts.share, { style: 'percent', maximumFractionDigits: 1 });
  const regions = registry.regions.filter((region) => region.cities.length > 0);
  return (
    <>
      <AsOfForm path="/registry" asOf={registry.asOf} today={today} isFallback={isFallback} />

      <section aria-labelledby="registry-figures" className="mb-8">
        <h2 id="registry-figures" className="mb-2 text-xl font-bold">
          {t('figuresTitle', { date: day })}
        </h2>
        <p className="text-lg">
          {t('figures', { count: counts.learningCities, ministry: counts.ministryCount, total: counts.basicLocalGovernments, share })}
        </p>
        {counts.learningCities > counts.ministryCount ? (
          <p className="text-ink-soft">{t('notCounted', { others: counts.learningCities - counts.ministryCount })}</p>
        ) : null}
        {published ? (
          <p className="mt-2 text-ink-soft">
            {t.rich(published.value === published.registryCount ? 'publishedAgrees' : 'publishedDiffers', {
              date: fromIsoDate(published.asOf),
              value: published.value,
              ours: published.registryCount,
              source: (chunks) => <a href={published.url}>{chunks}</a>,
              outlet: published.outlet,
            })}
          </p>
        ) : null}
        <p className="mt-2">
          <Link href="/reconciliation">{t('reconciliationLink')}</Link>
        </p>
      </section>

      {regions.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        regions.map((region) => (
          <Section
            key={region.slug}
            id={`region-${region.slug}`}
            title={t('regionTitle', {
              region: localName(region, locale),
              count: region.cities.length,
              units: region.unitCount,
            })}
          >
            <DataTable caption={t('caption', { region: localName(region, locale), date: day })}>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t('city')}
                  </th>
                  <th scope="col" className={th}>
                    {t('designated')}
                  </th>
                  <th scope="col" className={th}>
                    {t('status')}
                  </th>
                  <th scope="col" className={th}>
                    {t('next')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {region.cities.map((city) => (
                  <tr key={city.slug}>
                    <th scope="row" className={`${td} font-medium`}>
                      <Link href={`/cities/${city.slug}`}>{localName(city, locale)}</Link>
                      <span className="ml-2 text-xs font-normal text-ink-soft">{tKind(city.kind)}</span>
                    </th>
                    <td className={td}>
                      <DesignationYear firstYear={city.firstYear} designatedByYear={city.designatedByYear} />
                      {city.designationYear !== city.designatedByYear ? (
                        <span className="block text-xs text-ink-soft">{t('designatedAgain', { year: city.designationYear })}</span>
                      ) : null}
                    </td>
                    <td className={td}>{tStatus(city.status)}</td>
                    <td className={`${td} tabular`}>
                      {city.nextEvaluationYear === null
                        ? '–'
                        : city.isOutcomeMissing
                          ? tTable('outcomeMissing', { year: city.nextEvaluationYear })
                          : city.nextEvaluationYear}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </Section>
        ))
      )}
    </>
  );
}
