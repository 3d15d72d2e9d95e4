import { describe, expect, it } from 'vitest';
import { contrastRatio } from '@/components/charts/palette';
import { COVERAGE_BUCKETS, coverageBucket, TILE_COLUMNS, TILE_LAYOUT, TILE_ROWS } from './tiles';

describe('the tile map', () => {
  it('places every region inside the grid, no two of one day on the same cell', () => {
    const cells = (slugs: string[]) =>
      slugs.flatMap((slug) => {
        const tile = TILE_LAYOUT[slug]!;
        return Array.from({ length: tile.width ?? 1 }, (_, i) => `${tile.column + i},${tile.row}`);
      });
    const before = Object.keys(TILE_LAYOUT).filter((slug) => slug !== 'jeonnam-gwangju');
    const after = Object.keys(TILE_LAYOUT).filter((slug) => slug !== 'gwangju' && slug !== 'jeonnam');
    for (const day of [before, after]) {
      expect(new Set(cells(day)).size).toBe(cells(day).length);
      for (const slug of day) {
        const tile = TILE_LAYOUT[slug]!;
        expect(tile.column + (tile.width ?? 1)).toBeLessThanOrEqual(TILE_COLUMNS);
        expect(tile.row).toBeLessThan(TILE_ROWS);
      }
    }
    expect(before).toHaveLength(17);
    expect(after).toHaveLength(16);
  });

  it('reads each bucket’s text with at least 4.5:1 contrast, and puts each share in its bucket', () => {
    for (const bucket of COVERAGE_BUCKETS) expect(contrastRatio(bucket.fill, bucket.text)).toBeGreaterThanOrEqual(4.5);
    expect(coverageBucket(0)).toBe(0);
    expect(coverageBucket(0.74)).toBe(1);
    expect(coverageBucket(0.92)).toBe(3);
    expect(coverageBucket(1)).toBe(4);
  });
});
