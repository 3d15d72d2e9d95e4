import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { CITY_LIST_SELECT, toCityListItem } from '@/lib/cities/list-item';
import { db } from '@/lib/db';
import { getEvaluationRules } from '@/lib/designations/queries';
import { BASIC_LOCAL_GOVERNMENT_KINDS, localGovernmentExistsOn } from '@/lib/core/existence';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import { siteUrl } from '@/lib/site-url';
import type { RegistryRow } from './dictionary';

/** Every local government that exists today, as the open-data file's rows (cached; one query). */
export async function getRegistryRows(): Promise<{ asOf: string; rows: RegistryRow[] }> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const today = todayInKorea();
  const [localGovernments, rules] = await Promise.all([
    db.localGovernment.findMany({
      where: localGovernmentExistsOn(today),
      orderBy: { code: 'asc' },
      select: { ...CITY_LIST_SELECT, region: { select: { slug: true, shortKo: true, shortEn: true, nameKo: true, nameEn: true } } },
    }),
    getEvaluationRules(),
  ]);
  const origin = siteUrl();
  return {
    asOf: isoDate(today),
    rows: localGovernments.map((lg) => {
      const city = toCityListItem(lg, today, rules);
      return {
        code: city.code,
        slug: city.slug,
        name_ko: city.nameKo,
        name_en: city.nameEn,
        kind: city.kind,
        is_basic_local_government: (BASIC_LOCAL_GOVERNMENT_KINDS as readonly string[]).includes(city.kind),
        region_slug: lg.region.slug,
        region_ko: lg.region.nameKo,
        region_en: lg.region.nameEn,
        is_designated: city.isDesignated,
        first_designation_year: city.firstYear,
        designated_by_year: city.designatedByYear,
        status: city.status,
        next_evaluation_year: city.nextEvaluationYear,
        page_ko: `${origin}/ko/cities/${city.slug}`,
        page_en: `${origin}/en/cities/${city.slug}`,
      };
    }),
  };
}
