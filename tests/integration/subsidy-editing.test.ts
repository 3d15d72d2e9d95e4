// Issue 5: staff keep programmes and allocations to the editing standards of issue 3 — role,
// zod, one transaction with its audit row, optimistic concurrency, refreshed public pages — and
// drafts never reach the public city page.
import { beforeAll, describe, expect, it } from 'vitest';
import { IDLE, type ActionState } from '@/lib/core/action-state';
import type { PrismaClient } from '@/lib/create-prisma-client';
import { invalidatedTags } from '../support/next-cache';
import { freshLocalGovernment } from './support/action-cases';
import { actAs, createActor, type TestActor } from './support/actors';
import { databaseFingerprint } from './support/fingerprint';

let prisma: PrismaClient;
let staff: TestActor;

beforeAll(async () => {
  prisma = (await import('@/lib/db')).db;
  staff = await createActor('staff');
});

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
async function send(action: Action, values: Record<string, string | number>): Promise<ActionState | 'redirected'> {
  const formData = new FormData();
  for (const [key, value] of Object.entries({ locale: 'ko', ...values })) formData.set(key, String(value));
  actAs(staff);
  try {
    return await action(IDLE, formData);
  } catch (error) {
    if ((error as { digest?: string }).digest?.startsWith('NEXT_REDIRECT')) return 'redirected';
    throw error;
  }
}

const actions = () => import('@/lib/subsidies/actions');
const programme = (code: string, year: number) => prisma.programme.findUniqueOrThrow({ where: { code_year: { code, year } } });
const publicFunding = async (slug: string) => (await (await import('@/lib/cities/queries')).getCityPage(slug))!.allocations;

describe('editing allocations', () => {
  it('records a draft with its audit row; the public city page shows it only once announced', async () => {
    const { createAllocationAction, changeAllocationStatusAction } = await actions();
    const specialization = await programme('specialization', 2024);
    const city = await prisma.localGovernment.findUniqueOrThrow({ where: { slug: 'gyeongbuk-cheongsong-gun' } });
    const before = await publicFunding(city.slug);

    invalidatedTags.length = 0;
    expect(
      await send(createAllocationAction, {
        programmeId: specialization.id,
        localGovernmentId: city.id,
        amount: '25,000,000',
        status: 'draft',
        note: 'test draft',
      }),
    ).toBe('redirected');
    const draft = await prisma.allocation.findFirstOrThrow({ where: { programmeId: specialization.id, localGovernmentId: city.id } });
    expect(draft).toMatchObject({ amount: 25_000_000n, status: 'draft', version: 1 });
    expect(invalidatedTags).toEqual(['lists', `city:${city.slug}`]);
    const [entry] = await prisma.auditLog.findMany({ where: { entityType: 'Allocation', entityId: String(draft.id) } });
    expect(entry).toMatchObject({ action: 'create', actorEmail: staff.email, entityVersion: 1 });
    expect(entry?.changes).toMatchObject({ amount: { before: null, after: '25000000' }, status: { before: null, after: 'draft' } });

    // A draft is staff's work in progress: not public information.
    expect(await publicFunding(city.slug)).toEqual(before);

    expect(await send(changeAllocationStatusAction, { id: draft.id, version: 1, status: 'announced' })).toBe('redirected');
    const published = await publicFunding(city.slug);
    expect(published).toHaveLength(before.length + 1);
    expect(published).toContainEqual(
      expect.objectContaining({
        year: 2024,
        amount: 25_000_000n,
        status: 'announced',
        programme: expect.objectContaining({ code: 'specialization' }),
      }),
    );
    const history = await prisma.auditLog.findMany({
      where: { entityType: 'Allocation', entityId: String(draft.id) },
      orderBy: { id: 'asc' },
    });
    expect(history.map((h) => [h.action, h.entityVersion])).toEqual([
      ['create', 1],
      ['change-status', 2],
    ]);
  });

  it('refuses bad input next to its field, keeping what was typed and writing nothing', async () => {
    const { createAllocationAction } = await actions();
    const newCity = await programme('new-city', 2024);
    const lg = await freshLocalGovernment(prisma);
    const before = await databaseFingerprint(prisma);
    const answer = await send(createAllocationAction, {
      programmeId: newCity.id,
      localGovernmentId: lg.id,
      amount: '8천만',
      status: 'draft',
    });
    expect(answer).toMatchObject({ status: 'invalid', fieldErrors: { amount: ['amountFormat'] }, values: { amount: '8천만' } });
    expect(
      await send(createAllocationAction, { programmeId: newCity.id, localGovernmentId: lg.id, amount: '0', status: 'draft' }),
    ).toMatchObject({ fieldErrors: { amount: ['amountOutOfRange'] } });
    expect(await databaseFingerprint(prisma)).toEqual(before);
  });

  it('asks for the kind of recipient the programme funds, and refuses the same recipient twice', async () => {
    const { createAllocationAction } = await actions();
    const consortium = await programme('consortium', 2023);
    const lg = await freshLocalGovernment(prisma);
    expect(
      await send(createAllocationAction, { programmeId: consortium.id, localGovernmentId: lg.id, amount: '60000000', status: 'draft' }),
    ).toMatchObject({
      status: 'invalid',
      fieldErrors: { regionId: ['chooseRegion'] },
    });
    const busan = await prisma.region.findUniqueOrThrow({ where: { slug: 'busan' } });
    expect(
      await send(createAllocationAction, { programmeId: consortium.id, regionId: busan.id, amount: '60000000', status: 'draft' }),
    ).toMatchObject({
      status: 'invalid',
      fieldErrors: { regionId: ['alreadyAllocated'] },
    });
  });

  it('refuses a stale edit and says what changed meanwhile', async () => {
    const { updateAllocationAction } = await actions();
    const allocation = await prisma.allocation.findFirstOrThrow({
      where: { programme: { code: 'new-city', year: 2024 } },
      include: { localGovernment: true },
    });
    const form = {
      id: allocation.id,
      version: allocation.version,
      localGovernmentId: allocation.localGovernmentId!,
      announcementId: allocation.announcementId!,
      isAmountApproximate: 'false',
    };
    expect(await send(updateAllocationAction, { ...form, amount: '81000000', note: 'first correction' })).toBe('redirected');
    const stale = await send(updateAllocationAction, { ...form, amount: '79000000' });
    expect(stale).toMatchObject({ status: 'conflict', currentVersion: allocation.version + 1 });
    expect(stale !== 'redirected' && stale.status === 'conflict' && stale.changes.map((c) => c.field).sort()).toEqual(['amount', 'note']);
    expect((await prisma.allocation.findUniqueOrThrow({ where: { id: allocation.id } })).amount).toBe(81_000_000n);
  });

  it('deletes a draft only: an announced allocation is public record', async () => {
    const { deleteAllocationAction } = await actions();
    const announced = await prisma.allocation.findFirstOrThrow({ where: { status: 'announced' } });
    expect(await send(deleteAllocationAction, { id: announced.id, version: announced.version })).toMatchObject({
      status: 'invalid',
      formError: 'onlyDraftsDeleted',
    });
    expect(await prisma.allocation.findUnique({ where: { id: announced.id } })).not.toBeNull();
  });
});

describe('editing programmes', () => {
  it('creates a programme and records its code under its own name in the audit trail', async () => {
    const { createProgrammeAction } = await actions();
    const answer = await send(createProgrammeAction, {
      code: 'regional-model',
      year: 2027,
      nameKo: '광역 평생학습 모델 지원',
      nameEn: 'Regional lifelong learning models',
      recipientKind: 'region',
      amountPerRecipient: '50,000,000',
      isAmountApproximate: 'true',
    });
    expect(answer).toBe('redirected');
    const created = await programme('regional-model', 2027);
    expect(created).toMatchObject({ amountPerRecipient: 50_000_000n, isAmountApproximate: true, recipientKind: 'region' });
    const [entry] = await prisma.auditLog.findMany({ where: { entityType: 'Programme', entityId: String(created.id) } });
    expect(entry?.changes).toMatchObject({ programmeCode: { before: null, after: 'regional-model' } });
    expect(
      await send(createProgrammeAction, {
        code: 'regional-model',
        year: 2027,
        nameKo: '중복',
        nameEn: 'Duplicate',
        recipientKind: 'region',
      }),
    ).toMatchObject({
      status: 'invalid',
      fieldErrors: { code: ['programmeTaken'] },
    });
  });

  it('keeps the recipient kind of a programme with allocations, and refuses to delete it', async () => {
    const { updateProgrammeAction, deleteProgrammeAction } = await actions();
    const newCity = await programme('new-city', 2023);
    const answer = await send(updateProgrammeAction, {
      id: newCity.id,
      version: newCity.version,
      code: newCity.code,
      year: newCity.year,
      nameKo: newCity.nameKo,
      nameEn: newCity.nameEn,
      recipientKind: 'region',
    });
    expect(answer).toMatchObject({ status: 'invalid', fieldErrors: { recipientKind: ['kindFixedByAllocations'] } });
    expect(await send(deleteProgrammeAction, { id: newCity.id, version: newCity.version })).toMatchObject({
      status: 'invalid',
      formError: 'programmeHasAllocations',
    });
    expect(await programme('new-city', 2023)).toMatchObject({ recipientKind: 'local_government', version: newCity.version });
  });
});

describe('the database', () => {
  it('refuses an allocation whose recipient kind is not its programme’s, whoever writes it', async () => {
    const newCity = await programme('new-city', 2023);
    const busan = await prisma.region.findUniqueOrThrow({ where: { slug: 'busan' } });
    await expect(
      prisma.allocation.create({ data: { programmeId: newCity.id, recipientKind: 'region', regionId: busan.id, amount: 1n } }),
    ).rejects.toThrow(/Allocation_kind_matches_programme/);
  });

  it('refuses a stated total’s scope without a stated total', async () => {
    await expect(
      prisma.announcement.create({
        data: {
          slug: 'test-scope',
          kind: 'news_report',
          titleKo: '시험',
          titleEn: 'Test',
          publishedOn: new Date('2026-01-01'),
          issuerKo: '교육부',
          issuerEn: 'MOE',
          citation: 'test',
          statedTotalScopeEn: 'all',
        },
      }),
    ).rejects.toThrow(/Announcement_stated_total_qualifiers|check constraint/i);
  });
});
