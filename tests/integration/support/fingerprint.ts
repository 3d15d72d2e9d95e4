// A fingerprint of every table's contents, to show that a refused call wrote nothing. The tables
// come from the catalog, so a table added later is watched too.
import type { PrismaClient } from '@/lib/create-prisma-client';

/** `ignore`: tables a call may write without it counting (a session's last activity, written once a minute). */
export async function databaseFingerprint(prisma: PrismaClient, options: { ignore?: string[] } = {}): Promise<Record<string, string>> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const entries = await Promise.all(
    tables.map(async ({ name }) => {
      const [row] = await prisma.$queryRawUnsafe<{ digest: string | null }[]>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${name}" t`,
      );
      return [name, row?.digest ?? 'empty'] as const;
    }),
  );
  return Object.fromEntries(entries.filter(([name]) => !options.ignore?.includes(name)));
}
