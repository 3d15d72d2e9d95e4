import { getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { Link } from '@/lib/i18n/navigation';
import { qualifiedName } from '@/lib/core/names';
import type { HeadlineFigures } from '@/lib/registry/queries';

export async function LatestDesignations({ figures }: { figures: HeadlineFigures }) {
  const [t, locale] = await Promise.all([getTranslations('Home'), getLocale()]);
  if (figures.latestYear === null || figures.latest.length === 0) return null;
  return (
    <Section id="latest" title={t('latest', { year: figures.latestYear })}>
      <ul className="flex flex-wrap gap-2">
        {figures.latest.map((city) => (
          <li key={city.slug}>
            <Link prefetch={false} href={`/cities/${city.slug}`} className="inline-block rounded-full border border-line px-3 py-1">
              {qualifiedName(city, city.region, locale)}
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}
