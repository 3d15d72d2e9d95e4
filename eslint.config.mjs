import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// lib/auth/auth.ts hands the client to better-auth's adapter.
const DATA_LAYER = [
  'lib/**/queries.ts',
  'lib/**/staff-queries.ts',
  'lib/**/mutations.ts',
  'lib/**/city-page.ts',
  'lib/db.ts',
  'lib/auth/auth.ts',
];
const DATABASE_IMPORT = { name: '@/lib/db', message: 'Only lib/**/queries.ts and mutations.ts read or write the database.' };
const I18N_NAVIGATION = 'Use the locale-aware helpers of @/lib/i18n/navigation (Link, redirect, getPathname, usePathname, useRouter).';
const NAVIGATION_IMPORTS = [
  { name: 'next/navigation', importNames: ['redirect', 'permanentRedirect', 'useRouter', 'usePathname'], message: I18N_NAVIGATION },
  { name: 'next/link', message: I18N_NAVIGATION },
];
const LOCALE_PATH = 'Build a localized path with getPathname / redirect / Link from @/lib/i18n/navigation, not by hand.';
const LOCALE_TEST =
  "Pick by locale through @/lib/core/names (localName, localField, qualifiedName, byLocale, otherLocale), not `locale === 'ko'`.";
const IS_LOCALE = '/^(locale|[A-Za-z]+Locale)$/';
const LOCALE_SYNTAX = [
  // `/${locale}/…`, `/${targetLocale}…`, `/${options.locale}…`
  { selector: `TemplateLiteral[quasis.0.value.raw='/'][expressions.0.name=${IS_LOCALE}]`, message: LOCALE_PATH },
  { selector: `TemplateLiteral[quasis.0.value.raw='/'][expressions.0.property.name=${IS_LOCALE}]`, message: LOCALE_PATH },
  // locale === 'ko', 'en' !== options.locale …
  ...['left', 'right'].flatMap((side) => {
    const other = side === 'left' ? 'right' : 'left';
    return [
      `BinaryExpression[operator=/^[!=]==?$/][${side}.name=${IS_LOCALE}][${other}.value=/^(ko|en)$/]`,
      `BinaryExpression[operator=/^[!=]==?$/][${side}.property.name=${IS_LOCALE}][${other}.value=/^(ko|en)$/]`,
    ].map((selector) => ({ selector, message: LOCALE_TEST }));
  }),
];

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['lib/generated/**', '.next/**', '.next-*/**', '.data/**', 'playwright-report/**', 'test-results/**', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Next loads the page cache handler with require() at run time, untranspiled: it stays CommonJS,
    // and so does the test's stand-in for another server process that loads it the same way.
    files: ['lib/cache/*.cjs', 'tests/integration/support/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // House style §6: only the data layer talks to the database. House style §8: links, redirects and
  // localized names only through the helpers (lib/i18n/navigation.ts, lib/core/names.ts), never a
  // hand-built `/${locale}/…` or a `locale === 'ko'` test; lib/i18n is where those are built.
  {
    files: ['app/**', 'components/**', 'lib/**'],
    ignores: [...DATA_LAYER, 'lib/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [DATABASE_IMPORT, ...NAVIGATION_IMPORTS] }] },
  },
  {
    files: DATA_LAYER,
    rules: { 'no-restricted-imports': ['error', { paths: NAVIGATION_IMPORTS }] },
  },
  {
    files: ['lib/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [DATABASE_IMPORT] }] },
  },
  {
    files: ['app/**', 'components/**', 'lib/**'],
    ignores: ['lib/i18n/**', 'lib/core/locales.ts', 'lib/core/names.ts'],
    rules: { 'no-restricted-syntax': ['error', ...LOCALE_SYNTAX] },
  },
];

export default config;
