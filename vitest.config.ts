import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Outside Next's server runtime: server-only is a no-op, and next/cache's functions,
      // which throw outside a 'use cache' scope there, are recorded (tests/support/next-cache.ts).
      { find: /^server-only$/, replacement: path.join(root, 'tests/support/empty.ts') },
      { find: /^next\/cache$/, replacement: path.join(root, 'tests/support/next-cache.ts') },
      { find: /^next\/headers$/, replacement: path.join(root, 'tests/support/next-headers.ts') },
    ],
  },
  test: {
    // next-intl's navigation (lib/i18n/navigation.ts: the actions' redirects) imports 'next/navigation'
    // without an extension, which Node's own resolver refuses; through Vite it resolves as in Next.
    server: { deps: { inline: ['next-intl'] } },
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'lib/**/*.test.ts',
            'prisma/**/*.test.ts',
            'scripts/**/*.test.ts',
            'components/**/*.test.ts',
            'tests/architecture/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/support/global-setup.ts'],
          setupFiles: ['tests/integration/support/setup-env.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
