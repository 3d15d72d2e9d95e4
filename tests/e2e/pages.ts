// One page of each public type, for the accessibility, no-JavaScript and narrow-screen checks.
export const PAGE_TYPES = [
  { name: 'home', path: '' },
  { name: 'regions', path: '/regions' },
  { name: 'region', path: '/regions/jeonnam-gwangju' },
  { name: 'merged region', path: '/regions/gwangju' },
  { name: 'city', path: '/cities/gwangju-buk-gu' },
  { name: 'abolished city', path: '/cities/incheon-jung-gu' },
  { name: 'search', path: '/cities?q=%EA%B0%95&scope=all' },
  { name: 'registry on a date', path: '/registry?asOf=2019-10-01' },
  { name: 'map', path: '/map' },
  { name: 'map of an earlier day', path: '/map?asOf=2019-10-01' },
  { name: 'statistics', path: '/statistics' },
  { name: 'open data', path: '/open-data' },
  { name: 'offices', path: '/offices' },
  { name: 'about', path: '/about' },
  { name: 'API reference', path: '/developers' },
  { name: 'networks', path: '/networks' },
  { name: 'network', path: '/networks/gnlc' },
  { name: 'agreements', path: '/agreements' },
  { name: 'agreements on a day', path: '/agreements?standing=in_force&on=2027-06-01' },
  { name: 'agreement', path: '/agreements/2025-02-06-seoul-youth-shelters' },
  { name: 'agreement without a published term', path: '/agreements/2022-11-kallc-uil' },
  { name: 'association', path: '/association' },
] as const;

export const LOCALES = ['ko', 'en'] as const;
