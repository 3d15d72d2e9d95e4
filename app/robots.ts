// robots.txt: the public pages and the open data are for everyone; the signed-in area and the
// per-user calendar feeds are not for crawlers (they also refuse anyone without a session).
import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site-url';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/ko/admin', '/en/admin', '/api/calendar/'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
