// Rebuilds the search columns of rows an older format made: a migration can add columns, but the
// keys come from the application's romanization (lib/place-names/search-refresh.ts). Run by
// npm start, npm run dev/build and npm run db:migrate after the migrations.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { SEARCH_KEYS_VERSION } from '@/lib/place-names/search-keys';
import { refreshStaleSearchKeys } from '@/lib/place-names/search-refresh';

export async function refreshStaleSearchKeysSaying(prisma: PrismaClient): Promise<void> {
  const rebuilt = await refreshStaleSearchKeys(prisma);
  if (rebuilt) console.log(`Search keys rebuilt for ${rebuilt} local governments (format ${SEARCH_KEYS_VERSION}).`);
}
