// A fingerprint of every table's contents, to show that a refused call wrote nothing.
import type { PrismaClient } from '@/lib/create-prisma-client';

const TABLES = [
  'Region', 'RegionPeriod', 'LocalGovernment', 'LocalGovernmentPeriod', 'LocalGovernmentSuccession',
  'OfficeOfEducation', 'OfficeJurisdiction', 'Announcement', 'Designation', 'Evaluation', 'Membership',
  'Programme', 'Allocation', 'User', 'Account', 'AuditLog',
] as const;

export async function databaseFingerprint(prisma: PrismaClient): Promise<Record<string, string>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const [row] = await prisma.$queryRawUnsafe<{ digest: string | null }[]>(
        `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t`,
      );
      return [table, row?.digest ?? 'empty'] as const;
    }),
  );
  return Object.fromEntries(entries);
}
