import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { commonSecurityHeaders, DATA_CSP } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  // The end-to-end tests build into their own folder so they never overwrite `npm start`'s build.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // npm test type-checks the whole project, tests included (next typegen && tsc --noEmit); a build
  // repeating it would need the test tools' types, which a production install
  // (`npm ci --omit=dev && npm start`) does not have, and costs about a minute per build here.
  typescript: { ignoreBuildErrors: true },
  // Next's page cache, stamping a page with when its render began rather than ended, so an edit made
  // during a render is not hidden behind it (lib/cache/page-cache-handler.cjs).
  cacheHandler: path.resolve('lib/cache/page-cache-handler.cjs'),
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
      allowedOrigins: [new URL(process.env.SITE_URL ?? 'http://localhost:3000').host],
    },
    // A throwaway database (the end-to-end tests) must not leave the pages it regenerated in the
    // build folder, where the next run on a fresh database would serve them (scripts/serve.ts).
    isrFlushToDisk: process.env.REGISTRY_KEEP_REGENERATED_PAGES !== 'false',
    // Instant-navigation checks only where a segment asks for them: every public page here is
    // prerendered, so the default check of every page only repeats that in the dev overlay.
    instantInsights: { validationLevel: 'manual-warning' },
  },
};

export default withNextIntl(nextConfig);
