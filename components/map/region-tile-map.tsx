import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { COVERAGE_BUCKETS, coverageBucket, TILE_COLUMNS, TILE_LAYOUT, TILE_ROWS } from '@/lib/map/tiles';
import { byLocale, localField, localName } from '@/lib/core/names';
import { getPathname } from '@/lib/i18n/navigation';

export type MapRegion = {
  slug: string;
  shortKo: string;
  shortEn: string;
  nameKo: string;
  nameEn: string;
  designated: number;
  units: number;
};

const CELL = 150;
const GAP = 8;

/**
 * Regions as tiles, shaded by the share of their local governments designated, each a link to
 * its region page (reachable by keyboard, named for screen readers with its figures). The same
 * figures are in the table the page puts beside it; the legend says what each shade means.
 */
export async function RegionTileMap({
  regions,
  caption,
  labels,
}: {
  regions: MapRegion[];
  caption: string;
  /** What the figures count, when not designations (a network's members, issue 15). */
  labels?: { tile: (region: MapRegion, share: string) => string; all: string };
}) {
  const [t, format, locale] = await Promise.all([getTranslations('Map'), getFormatter(), getLocale()]);
  const percent = (share: number) => format.number(share, { style: 'percent', maximumFractionDigits: 0 });
  const width = TILE_COLUMNS * CELL + (TILE_COLUMNS - 1) * GAP;
  const height = TILE_ROWS * CELL + (TILE_ROWS - 1) * GAP;
  return (
    <figure className="mx-auto max-w-xl">
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label={caption} className="region-tile-map h-auto w-full">
        {regions.map((region) => {
          const tile = TILE_LAYOUT[region.slug];
          if (!tile) return null;
          const share = region.units > 0 ? region.designated / region.units : 0;
          const bucket = COVERAGE_BUCKETS[coverageBucket(share)]!;
          const x = tile.column * (CELL + GAP);
          const y = tile.row * (CELL + GAP);
          const w = (tile.width ?? 1) * CELL + ((tile.width ?? 1) - 1) * GAP;
          const name = localName(region, locale);
          const label = localField(region, 'short', locale);
          // Long English names shrink to fit their tile (Latin letters are about 0.6 em wide, Hangul 1 em).
          const labelSize = Math.min(30, Math.floor((w - 16) / (label.length * byLocale(locale, { ko: 1, en: 0.62 }))));
          return (
            <a
              key={region.slug}
              href={getPathname({ href: `/regions/${region.slug}`, locale })}
              aria-label={
                labels
                  ? labels.tile(region, percent(share))
                  : t('tileLabel', { region: name, designated: region.designated, units: region.units, share: percent(share) })
              }
            >
              <rect x={x} y={y} width={w} height={CELL} rx={10} fill={bucket.fill} stroke="#464c53" strokeWidth={1.5} />
              <text x={x + w / 2} y={y + CELL / 2 - 12} textAnchor="middle" fontSize={labelSize} fontWeight={700} fill={bucket.text}>
                {label}
              </text>
              <text x={x + w / 2} y={y + CELL / 2 + 26} textAnchor="middle" fontSize={24} fill={bucket.text}>
                {percent(share)}
              </text>
              <text x={x + w / 2} y={y + CELL / 2 + 54} textAnchor="middle" fontSize={20} fill={bucket.text}>
                {region.designated}/{region.units}
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption className="mt-3">
        <p className="font-semibold">{caption}</p>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t('legend')}>
          {COVERAGE_BUCKETS.map((bucket, index) => {
            const next = COVERAGE_BUCKETS[index + 1];
            return (
              <li key={bucket.from} className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="inline-block size-4 rounded-sm border border-ink-soft"
                  style={{ backgroundColor: bucket.fill }}
                />
                {next ? t('bucket', { from: percent(bucket.from), to: percent(next.from) }) : (labels?.all ?? t('bucketAll'))}
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
