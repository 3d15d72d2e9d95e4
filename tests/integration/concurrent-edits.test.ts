// Two people open the same record; the first saves; the second's save is refused with what
// changed meanwhile, and nothing of the first save is lost (optimistic concurrency, issue 3).
import { beforeAll, describe, expect, it } from 'vitest';
import { IDLE } from '@/lib/core/action-state';
import type { PrismaClient } from '@/lib/create-prisma-client';
import { actAs, createActor, type TestActor } from './support/actors';
import { freshDesignation, freshLocalGovernment } from './support/action-cases';

let prisma: PrismaClient;
let first: TestActor;
let second: TestActor;

beforeAll(async () => {
  prisma = (await import('@/lib/db')).db;
  [first, second] = await Promise.all([createActor('staff'), createActor('admin')]);
});

function form(values: Record<string, string | number>): FormData {
  const formData = new FormData();
  for (const [key, value] of Object.entries({ locale: 'en', ...values })) formData.set(key, String(value));
  return formData;
}

async function save(action: (s: typeof IDLE, f: FormData) => Promise<unknown>, values: Record<string, string | number>) {
  try {
    return await action(IDLE, form(values));
  } catch (error) {
    if ((error as { digest?: string }).digest?.startsWith('NEXT_REDIRECT')) return 'redirected';
    throw error;
  }
}

describe('two sessions saving the same record', () => {
  it('refuse the second save of a designation, showing the first one’s change, and keep it', async () => {
    const { updateDesignationAction } = await import('@/lib/designations/actions');
    const designation = await freshDesignation(prisma);
    const opened = { id: designation.id, version: designation.version, firstYear: 2024, source: designation.source };

    actAs(first);
    expect(await save(updateDesignationAction, { ...opened, firstYear: 2023 })).toBe('redirected');

    actAs(second);
    const refused = await save(updateDesignationAction, { ...opened, source: 'the second editor’s source' });
    expect(refused).toMatchObject({
      status: 'conflict',
      currentVersion: designation.version + 1,
      changes: expect.arrayContaining([
        expect.objectContaining({ field: 'firstYear', before: 2024, after: 2023, actorEmail: first.email }),
      ]),
      values: expect.objectContaining({ source: 'the second editor’s source' }),
    });

    const stored = await prisma.designation.findUniqueOrThrow({ where: { id: designation.id } });
    expect(stored).toMatchObject({ firstYear: 2023, source: designation.source, version: designation.version + 1 });
    const audit = await prisma.auditLog.findMany({
      where: { entityType: 'Designation', entityId: String(designation.id), action: 'update' },
    });
    expect(audit).toHaveLength(1);
  });

  it('apply the second save once its author has seen the changes and saves on top of them', async () => {
    const { updateLocalGovernmentAction } = await import('@/lib/local-governments/actions');
    const lg = await freshLocalGovernment(prisma);
    const opened = {
      id: lg.id,
      version: lg.version,
      code: lg.code,
      kind: lg.kind,
      nameKo: lg.nameKo,
      nameEn: lg.nameEn,
      regionId: lg.regionId,
    };

    actAs(first);
    expect(await save(updateLocalGovernmentAction, { ...opened, nameKo: '첫째구' })).toBe('redirected');
    actAs(second);
    const refused = (await save(updateLocalGovernmentAction, { ...opened, nameEn: 'Second-gu' })) as {
      status: string;
      currentVersion: number;
    };
    expect(refused.status).toBe('conflict');
    expect(
      await save(updateLocalGovernmentAction, { ...opened, version: refused.currentVersion, nameKo: '첫째구', nameEn: 'Second-gu' }),
    ).toBe('redirected');

    expect(await prisma.localGovernment.findUniqueOrThrow({ where: { id: lg.id } })).toMatchObject({
      nameKo: '첫째구',
      nameEn: 'Second-gu',
      version: lg.version + 2,
    });
  });

  it('let only one of two simultaneous saves through', async () => {
    const { updateDesignationAction } = await import('@/lib/designations/actions');
    const designation = await freshDesignation(prisma);
    const opened = { id: designation.id, version: designation.version, firstYear: 2024 };
    actAs(first);
    const answers = await Promise.all([
      save(updateDesignationAction, { ...opened, source: 'one source' }),
      save(updateDesignationAction, { ...opened, source: 'another source' }),
    ]);
    expect(answers.filter((answer) => answer === 'redirected')).toHaveLength(1);
    expect(answers.filter((answer) => (answer as { status?: string }).status === 'conflict')).toHaveLength(1);
    expect((await prisma.designation.findUniqueOrThrow({ where: { id: designation.id } })).version).toBe(designation.version + 1);
  });
});
