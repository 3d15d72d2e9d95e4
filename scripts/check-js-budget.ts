// The JavaScript budget (issue 7): every public page ships at most the framework's floor plus
// 20 KB, gzipped. Next 16 no longer prints sizes; Turbopack writes each route's first-load chunks
// to <distDir>/diagnostics/route-bundle-stats.json, which this reads after a production build.
//   npx tsx scripts/check-js-budget.ts [distDir]   (default .next-e2e, the end-to-end build)
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

/** Measured on these machines: a Next 16.4 page with no client components (PLATFORM.md). */
export const FLOOR_BYTES = 135 * 1024;
export const ALLOWANCE_BYTES = 20 * 1024;

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

const distDir = process.argv[2] ?? '.next-e2e';
const stats: RouteStats[] = JSON.parse(await readFile(`${distDir}/diagnostics/route-bundle-stats.json`, 'utf8'));
const gzipped = new Map<string, number>();
async function size(path: string): Promise<number> {
  if (!gzipped.has(path)) gzipped.set(path, gzipSync(await readFile(path), { level: 9 }).length);
  return gzipped.get(path)!;
}

const isPublicPage = (route: string) => route.startsWith('/[locale]') && !route.includes('/admin');
const rows: { route: string; bytes: number; isPublic: boolean }[] = [];
for (const entry of stats) {
  let bytes = 0;
  for (const path of entry.firstLoadChunkPaths) bytes += await size(path);
  rows.push({ route: entry.route, bytes, isPublic: isPublicPage(entry.route) });
}
rows.sort((a, b) => a.route.localeCompare(b.route));
const limit = FLOOR_BYTES + ALLOWANCE_BYTES;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`First-load JavaScript, gzipped (budget for public pages: ${kb(limit)} = floor ${kb(FLOOR_BYTES)} + ${kb(ALLOWANCE_BYTES)})`);
for (const row of rows)
  console.log(
    `  ${row.bytes > limit && row.isPublic ? '✗' : row.isPublic ? '✓' : ' '} ${kb(row.bytes).padStart(9)}  ${row.route}${row.isPublic ? '' : '  (signed-in, not budgeted)'}`,
  );
const over = rows.filter((row) => row.isPublic && row.bytes > limit);
const publicRows = rows.filter((row) => row.isPublic);
if (publicRows.length === 0) {
  console.error('No public page found in the build statistics.');
  process.exit(1);
}
if (over.length > 0) {
  console.error(`${over.length} public page(s) over budget.`);
  process.exit(1);
}
console.log(`All ${publicRows.length} public pages within budget; largest ${kb(Math.max(...publicRows.map((row) => row.bytes)))}.`);
