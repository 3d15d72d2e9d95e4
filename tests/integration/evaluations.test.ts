// Recording re-designation outcomes (issue 4): one by one with its audit entry, a whole round
// all-or-nothing, and the staff calendar feed behind a per-user secret.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { IDLE, type ActionState } from '@/lib/core/action-state';
import type { PrismaClient } from '@/lib/create-prisma-client';
import { invalidatedTags } from '../support/next-cache';
import { actAs, createActor, type TestActor } from './support/actors';
import { freshDesignation } from './support/action-cases';
import { databaseFingerprint } from './support/fingerprint';

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
async function run(
  action: (s: ActionState, f: FormData) => Promise<ActionState>,
  values: Record<string, string | number>,
): Promise<ActionState | 'redirected'> {
  try {
    return await action(IDLE, form(values));
  } catch (error) {
    if ((error as { digest?: string }).digest?.startsWith('NEXT_REDIRECT')) return 'redirected';
    throw error;
  }
}

describe('recording re-designation outcomes', () => {
  it('records one outcome on its designation, audited field by field, and refreshes the city page', async () => {
    const { recordEvaluationAction } = await import('@/lib/designations/actions');
    const designation = await freshDesignation(prisma, 2019);
    const lg = await prisma.localGovernment.findUniqueOrThrow({ where: { id: designation.localGovernmentId } });
    actAs(staff);
    invalidatedTags.length = 0;
    expect(
      await run(recordEvaluationAction, {
        designationId: designation.id,
        version: 1,
        dueYear: 2023,
        outcome: 'conditional',
        followUpYear: 2024,
        source: 'a ministry letter',
      }),
    ).toBe('redirected');
    expect(invalidatedTags).toEqual(['lists', `city:${lg.slug}`]);
    const [entry] = await prisma.auditLog.findMany({ where: { entityType: 'Designation', entityId: String(designation.id) } });
    expect(entry).toMatchObject({
      action: 'record-evaluation',
      actorEmail: staff.email,
      entityVersion: 2,
      changes: expect.objectContaining({
        'evaluation2023.outcome': { before: null, after: 'conditional' },
        'evaluation2023.followUpYear': { before: null, after: 2024 },
      }),
    });
    // The form opened before that save is out of date now: refused, with what changed.
    const stale = await run(recordEvaluationAction, { designationId: designation.id, version: 1, dueYear: 2024, outcome: 'redesignated' });
    expect(stale).toMatchObject({
      status: 'conflict',
      currentVersion: 2,
      changes: expect.arrayContaining([expect.objectContaining({ field: 'evaluation2023.outcome', after: 'conditional' })]),
    });
    expect(await prisma.evaluation.count({ where: { designationId: designation.id } })).toBe(1);
  });

  it('refuses an outcome that contradicts itself or the record, next to the field, writing nothing', async () => {
    const { recordEvaluationAction } = await import('@/lib/designations/actions');
    const designation = await freshDesignation(prisma, 2019);
    actAs(staff);
    const before = await databaseFingerprint(prisma);
    expect(
      await run(recordEvaluationAction, { designationId: designation.id, version: 1, dueYear: 2023, outcome: 'cancelled' }),
    ).toMatchObject({ status: 'invalid', fieldErrors: { heldOn: ['endingNeedsDay'] } });
    expect(
      await run(recordEvaluationAction, { designationId: designation.id, version: 1, dueYear: 2019, outcome: 'redesignated' }),
    ).toMatchObject({ status: 'invalid', fieldErrors: { dueYear: ['evaluationYearOutOfRange'] } });
    expect(
      await run(recordEvaluationAction, {
        designationId: designation.id,
        version: 1,
        dueYear: 2023,
        outcome: 'withheld',
        validUntilYear: 2026,
      }),
    ).toMatchObject({ status: 'invalid', fieldErrors: { validUntilYear: ['onlyWhenRedesignated'] } });
    expect(await databaseFingerprint(prisma)).toEqual(before);
  });

  it('applies a whole round only when every line is right, reporting each wrong line by number', async () => {
    const { importEvaluationsAction } = await import('@/lib/designations/actions');
    // One after the other: the assertions below order by designation id, a before b.
    const a = await freshDesignation(prisma, 2020);
    const b = await freshDesignation(prisma, 2020);
    const [lgA, lgB] = await Promise.all(
      [a, b].map((d) => prisma.localGovernment.findUniqueOrThrow({ where: { id: d.localGovernmentId } })),
    );
    actAs(staff);
    const before = await databaseFingerprint(prisma);
    const refused = await run(importEvaluationsAction, {
      dueYear: 2024,
      intent: 'apply',
      source: 'the 2024 round',
      text: [`${lgA!.code},재지정`, `${lgB!.code},재지정 유예,,,2025`, '99999,재지정', '서울 관악구,합격'].join('\n'),
    });
    expect(refused).toMatchObject({
      status: 'invalid',
      fieldErrors: { text: ['listHasProblems'] },
      lineIssues: [
        { line: 3, key: 'unknownCity', value: '99999' },
        { line: 4, key: 'unknownOutcome', value: '서울 관악구' },
      ],
    });
    expect(await databaseFingerprint(prisma)).toEqual(before);

    const lines = [`${lgA!.code},재지정`, `${lgB!.code},재지정 유예,,,2025`].join('\n');
    expect(await run(importEvaluationsAction, { dueYear: 2024, intent: 'check', source: 'the 2024 round', text: lines })).toMatchObject({
      status: 'success',
      message: 'evaluationsChecked',
      count: 2,
    });
    expect(await databaseFingerprint(prisma)).toEqual(before);
    expect(await run(importEvaluationsAction, { dueYear: 2024, intent: 'apply', source: 'the 2024 round', text: lines })).toMatchObject({
      status: 'success',
      message: 'evaluationsImported',
      count: 2,
    });
    expect(
      await prisma.evaluation.findMany({
        where: { designationId: { in: [a.id, b.id] } },
        orderBy: { designationId: 'asc' },
        select: { outcome: true, followUpYear: true, source: true },
      }),
    ).toEqual([
      { outcome: 'redesignated', followUpYear: null, source: 'the 2024 round' },
      { outcome: 'withheld', followUpYear: 2025, source: 'the 2024 round' },
    ]);
    // The same round again: both are already recorded; nothing is written twice.
    expect(await run(importEvaluationsAction, { dueYear: 2024, intent: 'apply', source: 'again', text: lines })).toMatchObject({
      lineIssues: [
        { line: 1, key: 'evaluationExists' },
        { line: 2, key: 'evaluationExists' },
      ],
    });
  });
});

describe('the evaluation calendar feed', () => {
  it('serves a user their feed by secret, and nobody anything once the secret is replaced or the user deactivated', async () => {
    const [{ issueCalendarTokenAction }, { GET }] = await Promise.all([
      import('@/lib/calendar/actions'),
      import('@/app/api/calendar/[token]/route'),
    ]);
    const ministry = await createActor('ministry');
    actAs(ministry);
    // The address is shown once, in the answer; the database keeps only its SHA-256 (issue 13).
    const issue = async (intent: string) => {
      const answer = (await run(issueCalendarTokenAction, { intent })) as { status: string; values: { calendarUrl: string } };
      expect(answer.status).toBe('success');
      return answer.values.calendarUrl.split('/api/calendar/')[1]!;
    };
    const token = await issue('create');
    const user = await prisma.user.findUniqueOrThrow({ where: { email: ministry.email! } });
    expect(user.calendarTokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(await prisma.user.findMany())).not.toContain(token);
    const feed = (token: string, lang = 'ko') =>
      GET(new Request(`http://localhost/api/calendar/${token}?lang=${lang}`), { params: Promise.resolve({ token }) });

    const response = await feed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    // Lines longer than 75 octets are folded (RFC 5545 §3.1): unfold before reading.
    const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
    const body = unfold(await response.text());
    expect(body).toMatch(/^BEGIN:VCALENDAR/);
    expect(body).toContain('SUMMARY:재지정 평가 대상: 서울 양천구 (2026년)');
    expect(unfold(await (await feed(token, 'en')).text())).toContain('SUMMARY:Re-designation evaluation due: Yangcheon-gu\\, Seoul (2026)');

    const renewed = await issue('regenerate');
    expect((await feed(token)).status).toBe(404);
    expect((await feed(renewed)).status).toBe(200);

    // Deactivation revokes it for good: reactivated, the user's old address still answers nothing.
    const { setUserActiveAction } = await import('@/lib/users/actions');
    actAs(await createActor('admin'));
    for (const isActive of ['false', 'true']) {
      const current = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
      // Done, it returns to the users list (issue 14: the list shows the new state).
      expect(await run(setUserActiveAction, { userId: user.id, isActive, version: current.version })).toBe('redirected');
      expect((await feed(renewed)).status).toBe(404);
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).calendarTokenHash).toBeNull();
    expect((await feed('not-a-token')).status).toBe(404);
  });
});
