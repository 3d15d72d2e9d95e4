// sitemap.xml (issue 6): every public page in Korean and English, each entry with its other-
// language twin (hreflang alternates), as search engines expect for a bilingual site.
import type { MetadataRoute } from 'next';
import { getAgreementSlugs } from '@/lib/agreements/queries';
import { getCitySlugs } from '@/lib/cities/queries';
import { routing } from '@/lib/i18n/routing';
import { getNetworkSlugs } from '@/lib/networks/queries';
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
  '/networks',
  '/agreements',
  '/association',
  '/contact',
  '/privacy',
  '/copyright',
  '/accessibility',
];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [regions, cities, networks, agreements] = await Promise.all([
    getRegionSlugs(),
    getCitySlugs(),
    getNetworkSlugs(),
    getAgreementSlugs(),
  ]);
  const origin = siteUrl();
  const paths = [
    ...STATIC_PATHS,
    ...regions.map((slug) => `/regions/${slug}`),
    ...cities.map((slug) => `/cities/${slug}`),
    ...networks.map((slug) => `/networks/${slug}`),
    ...agreements.map((slug) => `/agreements/${slug}`),
  ];
  return paths.flatMap((path) =>
    routing.locales.map((locale) => ({
      url: `${origin}/${locale}${path}`,
      changeFrequency: path === '' || path.startsWith('/cities/') ? ('weekly' as const) : ('monthly' as const),
      alternates: { languages: Object.fromEntries(routing.locales.map((other) => [other, `${origin}/${other}${path}`])) },
    })),
  );
}
