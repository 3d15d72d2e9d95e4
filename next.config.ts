import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  // The end-to-end tests build into their own folder so they never overwrite `npm start`'s build.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // No image optimisation is used; the endpoint stays off (2025–26 advisories).
  images: { unoptimized: true },
  reactStrictMode: true,
  experimental: {
    // A throwaway database (the end-to-end tests) must not leave the pages it regenerated in the
    // build folder, where the next run on a fresh database would serve them (scripts/serve.ts).
    isrFlushToDisk: process.env.REGISTRY_KEEP_REGENERATED_PAGES !== 'false',
    // Instant-navigation checks only where a segment asks for them: every public page here is
    // prerendered, so the default check of every page only repeats that in the dev overlay.
    instantInsights: { validationLevel: 'manual-warning' },
  },
};

export default withNextIntl(nextConfig);
