import 'server-only';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/create-prisma-client';

const TIMEOUT_MS = 2_000;

export type DatabaseHealth = { isReachable: boolean; latencyMs: number | null };

/** Whether the database answers a trivial query within two seconds. */
export async function checkDatabase(client: PrismaClient = db): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
      }),
    ]);
    return { isReachable: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { isReachable: false, latencyMs: null };
  } finally {
    clearTimeout(timer);
  }
}
