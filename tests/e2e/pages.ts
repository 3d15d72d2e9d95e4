// One page of each public type, for the accessibility, no-JavaScript and narrow-screen checks.
export const PAGE_TYPES = [
  { name: 'home', path: '' },
  { name: 'regions', path: '/regions' },
  { name: 'region', path: '/regions/jeonnam-gwangju' },
  { name: 'merged region', path: '/regions/gwangju' },
  { name: 'city', path: '/cities/gwangju-buk-gu' },
  { name: 'abolished city', path: '/cities/incheon-jung-gu' },
  { name: 'city with an inferred designation', path: '/cities/chungbuk-chungju-si' },
  { name: 'city excused from an evaluation', path: '/cities/busan-geumjeong-gu' },
  { name: 'search', path: '/cities?q=%EA%B0%95&scope=all' },
  { name: 'registry on a date', path: '/registry?asOf=2019-10-01' },
  { name: 'map', path: '/map' },
  { name: 'map of an earlier day', path: '/map?asOf=2019-10-01' },
  { name: 'statistics', path: '/statistics' },
  { name: 'reconciliation', path: '/reconciliation' },
  { name: 'merged city', path: '/cities/gyeongnam-changwon-si' },
  { name: 'former city', path: '/cities/jeju-jeju-si-until-2006' },
  { name: 'registry before 2006', path: '/registry?asOf=2005-12-31' },
  { name: 'open data', path: '/open-data' },
  { name: 'offices', path: '/offices' },
  { name: 'about', path: '/about' },
  { name: 'API reference', path: '/developers' },
] as const;

export const LOCALES = ['ko', 'en'] as const;
