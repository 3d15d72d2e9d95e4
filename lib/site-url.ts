// The public origin (SITE_URL): canonical and hreflang links, Open Graph URLs, the sitemap, robots.txt,
// download links, calendar feeds and better-auth's base URL all name it. In production it must be
// configured: a missing or malformed SITE_URL stops `next build` and `next start` at once
// (next.config.ts), instead of publishing links to http://localhost:3000 (issue 12).
// `npm start` (scripts/serve.ts) sets it to http://localhost:PORT when unset and then serves on
// 127.0.0.1 only, so that the origin it names is the only one the portal answers on.

/** What development and the tests use when SITE_URL is unset. */
export const DEVELOPMENT_SITE_URL = 'http://localhost:3000';

type Environment = { SITE_URL?: string; NODE_ENV?: string };

/** SITE_URL as an origin ("https://registry.example.kr"), or why it cannot be used. */
export function readSiteUrl(env: Environment): { origin: string } | { problem: string } {
  const configured = env.SITE_URL?.trim();
  if (!configured) {
    return env.NODE_ENV === 'production'
      ? {
          problem:
            'SITE_URL is not set. In production it must be the public origin the portal is served at (e.g. SITE_URL=https://registry.example.kr): canonical, hreflang and sitemap links name it. Set it for `npm run build` and `next start` alike.',
        }
      : { origin: DEVELOPMENT_SITE_URL };
  }
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    return { problem: `SITE_URL is not a URL: "${configured}". Give the public origin, e.g. https://registry.example.kr.` };
  }
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    url.pathname !== '/'
  ) {
    return { problem: `SITE_URL must be an origin alone (scheme, host and port, no path): "${configured}".` };
  }
  return { origin: url.origin };
}

/** The public origin; throws, with what to do, when production has none (see readSiteUrl). */
export function siteUrl(): string {
  const read = readSiteUrl(process.env);
  if ('problem' in read) throw new Error(read.problem);
  return read.origin;
}

/**
 * The prerendered pages carry the origin they were built with: serving them under another would
 * publish the wrong canonical links. Checked when the server starts (next.config.ts).
 */
export function siteUrlMismatch(builtFor: string | undefined): string | null {
  const read = readSiteUrl(process.env);
  if ('problem' in read) return read.problem;
  if (builtFor && builtFor !== read.origin) {
    return `This build was made for SITE_URL=${builtFor} but the server was started with SITE_URL=${read.origin}: build again with the origin it will be served at (npm run build).`;
  }
  return null;
}
