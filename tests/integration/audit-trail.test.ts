// The audit trail is append-only in the database itself, and each write leaves one entry with
// the fields' values before and after, in the same transaction as the change.
import { beforeAll, describe, expect, it } from 'vitest';
import { IDLE } from '@/lib/core/action-state';
import type { PrismaClient } from '@/lib/create-prisma-client';
import { invalidatedTags } from '../support/next-cache';
import { actAs, createActor, type TestActor } from './support/actors';
import { freshLocalGovernment } from './support/action-cases';

let prisma: PrismaClient;
let staff: TestActor;

beforeAll(async () => {
  prisma = (await import('@/lib/db')).db;
  staff = await createActor('staff');
});

const form = (values: Record<string, string | number>) => {
  const formData = new FormData();
  for (const [key, value] of Object.entries({ locale: 'ko', ...values })) formData.set(key, String(value));
  return formData;
};
const run = async (action: (s: typeof IDLE, f: FormData) => Promise<unknown>, values: Record<string, string | number>) =>
  action(IDLE, form(values)).catch((error: { digest?: string }) => {
    if (error.digest?.startsWith('NEXT_REDIRECT')) return 'redirected';
    throw error;
  });

describe('the audit trail', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, whoever asks', async () => {
    await prisma.auditLog.create({ data: { action: 'test', entityType: 'Test', entityId: '1', changes: {} } });
    await expect(prisma.$executeRawUnsafe(`UPDATE "AuditLog" SET "action" = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(prisma.auditLog.deleteMany({})).rejects.toThrow();
    expect(await prisma.auditLog.count({ where: { action: 'rewritten' } })).toBe(0);
  });

  it('records who renamed a local government, when, and the values before and after; the old name stays findable', async () => {
    const { renameLocalGovernmentAction } = await import('@/lib/local-governments/actions');
    const { searchCities } = await import('@/lib/cities/queries');
    const { parseCitySearch } = await import('@/lib/cities/schemas');
    const lg = await freshLocalGovernment(prisma);
    actAs(staff);
    invalidatedTags.length = 0;
    const answer = await run(renameLocalGovernmentAction, {
      id: lg.id,
      version: lg.version,
      effectiveOn: '2025-03-01',
      code: lg.code,
      kind: lg.kind,
      nameKo: '바뀐구',
      nameEn: 'Changed-gu',
      regionId: lg.regionId,
    });
    expect(answer).toBe('redirected');

    const [entry] = await prisma.auditLog.findMany({ where: { entityType: 'LocalGovernment', entityId: String(lg.id) } });
    expect(entry).toMatchObject({
      action: 'rename',
      actorEmail: staff.email,
      actorRole: 'staff',
      entityVersion: lg.version + 1,
      changes: {
        nameKo: { before: '시험구', after: '바뀐구' },
        nameEn: { before: lg.nameEn, after: 'Changed-gu' },
        currentSince: { before: null, after: '2025-03-01' },
      },
    });
    expect(await prisma.localGovernmentPeriod.findMany({ where: { localGovernmentId: lg.id } })).toEqual([
      expect.objectContaining({ nameKo: '시험구', validUntil: new Date('2025-03-01T00:00:00Z') }),
    ]);
    const found = await searchCities(parseCitySearch({ q: '시험구', scope: 'all' }), 'ko');
    expect(found.cities.map((city) => city.slug)).toContain(lg.slug);
    // The public pages showing it are refreshed: its own, its region's (the rename is shown there), the lists.
    expect(invalidatedTags).toEqual(['lists', `city:${lg.slug}`, 'region:seoul']);
  });

  it('writes nothing, not even an audit entry, when the database refuses the change', async () => {
    const { createDesignationAction } = await import('@/lib/designations/actions');
    const gwanak = await prisma.localGovernment.findUniqueOrThrow({ where: { slug: 'seoul-gwanak-gu' } });
    const before = await prisma.auditLog.count();
    actAs(staff);
    const answer = await run(createDesignationAction, { localGovernmentId: gwanak.id, firstYear: 2026, source: 'a duplicate' });
    expect(answer).toMatchObject({ status: 'invalid', fieldErrors: { localGovernmentId: ['alreadyDesignated'] } });
    expect(await prisma.auditLog.count()).toBe(before);
    expect(await prisma.designation.count({ where: { localGovernmentId: gwanak.id } })).toBe(1);
  });
});
