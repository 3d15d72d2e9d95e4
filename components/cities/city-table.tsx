import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable, td, th } from '@/components/ui/table';
import { type CityListItem, type FoundBy, foundByChange } from '@/lib/cities/list-item';
import { Link } from '@/lib/i18n/navigation';
import { localField, localName, qualifiedName } from '@/lib/core/names';
import { DesignationYear } from './designation-year';

type Props = { caption: string; cities: CityListItem[]; showRegion?: boolean; showStanding?: boolean };

export async function CityTable({ caption, cities, showRegion = true, showStanding = true }: Props) {
  const [t, tKind, tStatus, locale] = await Promise.all([
    getTranslations('CityTable'),
    getTranslations('Kind'),
    getTranslations('DesignationStatus'),
    getLocale(),
  ]);
  /** 마산시 → 창원시 (2010 통합): the name the search found, the city it is today, and how. */
  const foundByNote = (city: CityListItem, foundBy: FoundBy) => {
    const regionDiffers = foundBy.regionShortKo !== city.region.shortKo;
    const values = {
      former: regionDiffers
        ? qualifiedName(foundBy, { shortKo: foundBy.regionShortKo, shortEn: foundBy.regionShortEn }, locale)
        : localName(foundBy, locale),
      current: localName(city, locale),
      change: t(`foundByChanges.${foundByChange(foundBy, city.kind)}`),
    };
    return foundBy.year === null ? t('foundByUndated', values) : t('foundBy', { ...values, year: String(foundBy.year) });
  };
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col" className={th}>
            {t('name')}
          </th>
          {showRegion ? (
            <th scope="col" className={th}>
              {t('region')}
            </th>
          ) : null}
          <th scope="col" className={th}>
            {t('firstDesignation')}
          </th>
          {showStanding ? (
            <th scope="col" className={th}>
              {t('status')}
            </th>
          ) : null}
          {showStanding ? (
            <th scope="col" className={th}>
              {t('nextEvaluation')}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {cities.map((city) => (
          <tr key={city.slug}>
            <th scope="row" className={`${td} font-medium`}>
              <Link prefetch={false} href={`/cities/${city.slug}`}>
                {localName(city, locale)}
              </Link>
              <span className="ml-2 text-xs font-normal text-ink-soft">{tKind(city.kind)}</span>
              {!city.isCurrent ? <span className="ml-2 text-xs font-normal text-warning-700">{t('abolished')}</span> : null}
              {city.foundBy ? (
                <span className="mt-0.5 block text-sm font-normal text-ink-soft" data-found-by>
                  {foundByNote(city, city.foundBy)}
                </span>
              ) : null}
            </th>
            {showRegion ? <td className={td}>{localField(city.region, 'short', locale)}</td> : null}
            <td className={td}>
              {city.status !== 'none' ? (
                <DesignationYear firstYear={city.firstYear} designatedByYear={city.designatedByYear} />
              ) : (
                <span className="text-ink-soft">{t('notDesignated')}</span>
              )}
            </td>
            {showStanding ? <td className={td}>{city.status === 'none' ? '–' : tStatus(city.status)}</td> : null}
            {showStanding ? (
              <td className={`${td} tabular`}>
                {city.nextEvaluationYear === null ? (
                  <span className="text-ink-soft">–</span>
                ) : city.isOutcomeMissing ? (
                  <span>{t('outcomeMissing', { year: city.nextEvaluationYear })}</span>
                ) : (
                  city.nextEvaluationYear
                )}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
