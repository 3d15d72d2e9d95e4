// GET /api/health: 200 while the database answers, 503 when it cannot be reached.
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { createPrismaClient } from '@/lib/create-prisma-client';
import { checkDatabase } from '@/lib/health/queries';
import { healthResponse } from '@/lib/health/response';
import { freePort } from '../../scripts/db/embedded';

describe('the health check', () => {
  it('answers 200 with the database reachable', async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ status: 'ok', database: { isReachable: true } });
  });

  it('answers 503 when nothing listens where the database should be', async () => {
    const unreachable = createPrismaClient(`postgresql://registry:registry@127.0.0.1:${await freePort()}/registry`);
    try {
      const health = await checkDatabase(unreachable);
      expect(health).toEqual({ isReachable: false, latencyMs: null });
      const response = healthResponse(health);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: 'unavailable' });
    } finally {
      await unreachable.$disconnect();
    }
  });
});
