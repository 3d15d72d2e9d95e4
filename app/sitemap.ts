// sitemap.xml (issue 6): every public page in Korean and English, each entry with its other-
// language twin (hreflang alternates), as search engines expect for a bilingual site.
import type { MetadataRoute } from 'next';
import { getCitySlugs } from '@/lib/cities/queries';
import { routing } from '@/lib/i18n/routing';
import { getRegionSlugs } from '@/lib/regions/queries';
import { siteUrl } from '@/lib/site-url';

const STATIC_PATHS = [
  '',
  '/regions',
  '/cities',
  '/registry',
  '/map',
  '/statistics',
  '/reconciliation',
  '/offices',
  '/open-data',
  '/developers',
  '/about',
];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [regions, cities] = await Promise.all([getRegionSlugs(), getCitySlugs()]);
  const origin = siteUrl();
  const paths = [...STATIC_PATHS, ...regions.map((slug) => `/regions/${slug}`), ...cities.map((slug) => `/cities/${slug}`)];
  return paths.flatMap((path) =>
    routing.locales.map((locale) => ({
      url: `${origin}/${locale}${path}`,
      changeFrequency: path === '' || path.startsWith('/cities/') ? ('weekly' as const) : ('monthly' as const),
      alternates: { languages: Object.fromEntries(routing.locales.map((other) => [other, `${origin}/${other}${path}`])) },
    })),
  );
}
