import 'server-only';
import { db } from '@/lib/db';

const TIMEOUT_MS = 2_000;

export async function checkDatabase(): Promise<{ isReachable: boolean; latencyMs: number | null }> {
  const started = performance.now();
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS)),
    ]);
    return { isReachable: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { isReachable: false, latencyMs: null };
  }
}
