import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

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
  {
    // House style §6: only the data layer talks to the database.
    files: ['app/**', 'components/**', 'lib/**'],
    // lib/auth/auth.ts hands the client to better-auth's adapter.
    ignores: [
      'lib/**/queries.ts',
      'lib/**/staff-queries.ts',
      'lib/**/mutations.ts',
      'lib/**/city-page.ts',
      'lib/db.ts',
      'lib/auth/auth.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@/lib/db', message: 'Only lib/**/queries.ts and mutations.ts read or write the database.' }] },
      ],
    },
  },
];

export default config;
