// What the load test rotates through (scripts/load-test.ts). Prerendered pages and the API, which
// Next serves from its caches; and the pages rendered per request (the search, the registry on a
// date), which a production deployment serves through nginx's micro-cache (deploy/nginx.conf).
export const CACHED_PATHS = [
  '/ko',
  '/en',
  '/ko/regions/seoul',
  '/en/regions/gyeonggi',
  '/ko/cities/seoul-gwanak-gu',
  '/en/cities/busan-yeonje-gu',
  '/ko/statistics',
  '/api/v1/regions',
  '/api/v1/cities?region=seoul',
  '/api/health',
];
export const PER_REQUEST_PATHS = ['/ko/cities?q=%EA%B0%95', '/ko/registry?asOf=2019-10-01', '/en/map?asOf=2019-10-01'];
