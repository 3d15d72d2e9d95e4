import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_SERVER } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { commonSecurityHeaders, DATA_CSP } from './lib/security/headers';
import { DEVELOPMENT_SITE_URL, readSiteUrl, siteUrlMismatch } from './lib/site-url';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** `npm run bench` builds (into its own folder) with its trivial reference page, app/bench-reference/*.bench.tsx;
 * every other build leaves those files out. */
const isBenchBuild = process.env.REGISTRY_BENCH_REFERENCE === 'true';

/** The public origin: required for a production build and server (lib/site-url.ts). */
const site = readSiteUrl(process.env);
const origin = 'origin' in site ? site.origin : DEVELOPMENT_SITE_URL;

const nextConfig: NextConfig = {
  cacheComponents: true,
  // The origin the pages were prerendered with, kept in the build's config: a server refuses to
  // serve them under another (below).
  env: { REGISTRY_BUILD_SITE_URL: origin },
  pageExtensions: ['tsx', 'ts', ...(isBenchBuild ? ['bench.tsx'] : [])],
  // Off, as the documented previous behaviour: a page missing from the page cache (a new process, an
  // evicted entry, an edit) is rendered whole before it is served. With Partial Prefetching on, Next
  // serves a missing /cities/[slug] or /regions/[region] page from a shell without its params,
  // which these pages (params read outside Suspense, so that they work without JavaScript) cannot
  // render (NEXT_STATIC_GEN_BAILOUT). docs/next-cache.md, "Partial Prefetching".
  partialPrefetching: false,
  // The end-to-end tests build into their own folder so they never overwrite `npm start`'s build.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // npm test type-checks the whole project, tests included (next typegen && tsc --noEmit); a build
  // repeating it would need the test tools' types, which a production install
  // (`npm ci --omit=dev && npm start`) does not have, and costs about a minute per build here.
  typescript: { ignoreBuildErrors: true },
  // Both of Next's caches through its documented handler interfaces, sharing tag invalidations
  // with every instance through PostgreSQL (lib/cache/tag-state.cjs, docs/next-cache.md): rendered
  // pages (stamped with when their render began) and 'use cache' data.
  cacheHandler: path.resolve('lib/cache/page-cache-handler.cjs'),
  cacheHandlers: { default: path.resolve('lib/cache/data-cache-handler.cjs') },
  // A proxy in front compresses (deploy/nginx.conf); Next compressing too costs ~20 % throughput.
  compress: process.env.REGISTRY_COMPRESS === 'true',
  async headers() {
    return [
      { source: '/:path*', headers: commonSecurityHeaders() },
      // Data, not pages: the API, downloads, feeds, sitemap.
      ...['/api/:path*', '/downloads/:path*', '/sitemap.xml', '/robots.txt'].map((source) => ({
        source,
        headers: [{ key: 'Content-Security-Policy', value: DATA_CSP }],
      })),
    ];
  },
  // No image optimisation is used; the endpoint stays off (2025–26 advisories).
  images: { unoptimized: true },
  reactStrictMode: true,
  experimental: {
    // Forms post a few KB; the largest is a pasted evaluation round (200,000 characters at most,
    // lib/designations/actions.ts). Origins other than the site's own are refused, behind a proxy too.
    serverActions: {
      bodySizeLimit: '512kb',
      allowedOrigins: [new URL(origin).host],
    },
    // Instant-navigation checks only where a segment asks for them: every public page here is
    // prerendered, so the default check of every page only repeats that in the dev overlay.
    instantInsights: { validationLevel: 'manual-warning' },
  },
};

/** The origin a build was made for, from the config it keeps (required-server-files.json). */
function builtForSiteUrl(): string | undefined {
  try {
    const file = path.join(nextConfig.distDir ?? '.next', 'required-server-files.json');
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { config?: { env?: Record<string, string> } };
    return kept.config?.env?.REGISTRY_BUILD_SITE_URL;
  } catch {
    return undefined;
  }
}

export default function config(phase: string): NextConfig {
  // A production server without a usable SITE_URL, or with another origin than the one its pages
  // were prerendered with, stops here, saying what to set, rather than publish canonical links to
  // localhost (issue 12). A build stops at its first page (siteUrl() in the layout's metadata):
  // not here, where `next typegen` (npm run typecheck) loads this file as a production build too.
  if (phase === PHASE_PRODUCTION_SERVER) {
    const problem = siteUrlMismatch(builtForSiteUrl());
    if (problem) throw new Error(problem);
  }
  return withNextIntl(nextConfig);
}
