// A tile map of Korea's regions (issue 6): each 시·도 a tile placed roughly where it lies, so the
// country's shape reads at a glance while every region keeps the same size (Seoul is not lost).
// Gwangju and Jeonnam sit side by side; since their merger (2026-07-01) one tile spans both.
export type TilePosition = { column: number; row: number; width?: number };

export const TILE_LAYOUT: Record<string, TilePosition> = {
  gyeonggi: { column: 1, row: 0 },
  gangwon: { column: 2, row: 0 },
  incheon: { column: 0, row: 1 },
  seoul: { column: 1, row: 1 },
  chungbuk: { column: 2, row: 1 },
  gyeongbuk: { column: 3, row: 1 },
  chungnam: { column: 0, row: 2 },
  sejong: { column: 1, row: 2 },
  daejeon: { column: 2, row: 2 },
  daegu: { column: 3, row: 2 },
  jeonbuk: { column: 0, row: 3, width: 2 },
  gyeongnam: { column: 2, row: 3 },
  ulsan: { column: 3, row: 3 },
  gwangju: { column: 0, row: 4 },
  jeonnam: { column: 1, row: 4 },
  'jeonnam-gwangju': { column: 0, row: 4, width: 2 },
  busan: { column: 3, row: 4 },
  jeju: { column: 0, row: 5 },
};

export const TILE_COLUMNS = 4;
export const TILE_ROWS = 6;

/** Coverage buckets, lightest to darkest; text on each has at least 4.5:1 contrast (tiles.test.ts). */
export const COVERAGE_BUCKETS = [
  { from: 0, fill: '#eef2fb', text: '#1e2124' },
  { from: 0.5, fill: '#c6d6f5', text: '#1e2124' },
  { from: 0.75, fill: '#7fa2e6', text: '#1e2124' },
  { from: 0.9, fill: '#2f68d4', text: '#ffffff' },
  { from: 1, fill: '#0a3a8c', text: '#ffffff' },
] as const;

export function coverageBucket(share: number): number {
  let index = 0;
  COVERAGE_BUCKETS.forEach((bucket, i) => {
    if (share >= bucket.from) index = i;
  });
  return index;
}
