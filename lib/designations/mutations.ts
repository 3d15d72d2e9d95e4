import 'server-only';
import { RuleError } from '@/lib/core/errors';
import type { CurrentUser } from '@/lib/auth/session';
import { type Changes, diffRecords } from '@/lib/core/changes';
import { writeAudit } from '@/lib/core/audit';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { localGovernmentExistsOn } from '@/lib/core/existence';
import { OPEN_DESIGNATION } from './in-force';
import { outcomeForScore, ruleFor } from './schedule';
import { todayInKorea } from '@/lib/core/dates';
import { checkVersion, saveVersioned, type VersionGuard } from '@/lib/core/versioned';
import { cityKey, type ImportLine, type LineIssue } from './import';
import type {
  CreateDesignationInput,
  ImportEvaluationsInput,
  RecordEvaluationInput,
  RetireDesignationInput,
  SetCohortInput,
  UpdateDesignationInput,
  UpdateEvaluationInput,
} from './schemas';

type Tx = Prisma.TransactionClient;

// A designation and its evaluations are one record for editing, history and concurrency: every
// change to either bumps the designation's version and leaves one audit entry on it.
const ENTITY = 'Designation';
const AUDITED = [
  'localGovernmentId',
  'firstYear',
  'designatedByYear',
  'designatedOn',
  'announcementId',
  'evaluationCohortYear',
  'endReason',
  'endedOn',
  'endedByYear',
  'source',
  'note',
] as const;
const EVALUATION_AUDITED = [
  'dueYear',
  'heldOn',
  'outcome',
  'validUntilYear',
  'followUpYear',
  'score',
  'isOutstanding',
  'announcementId',
  'source',
  'note',
] as const;

/** An evaluation's fields in the designation's audit entry: `evaluation2023.outcome`. */
export const evaluationChanges = (dueYear: number, changes: Changes): Changes =>
  Object.fromEntries(Object.entries(changes).map(([field, change]) => [`evaluation${dueYear}.${field}`, change]));

async function localGovernmentFor(tx: Tx, id: number) {
  const lg = await tx.localGovernment.findUnique({ where: { id }, include: { region: { select: { shortKo: true } } } });
  if (!lg) throw new RuleError('unknownReference', 'localGovernmentId');
  return lg;
}

async function checkAnnouncement(tx: Tx, id: number | undefined) {
  if (id !== undefined && !(await tx.announcement.findUnique({ where: { id }, select: { id: true } }))) {
    throw new RuleError('unknownReference', 'announcementId');
  }
}

const label = (lg: { nameKo: string; region: { shortKo: string } }) => `${lg.region.shortKo} ${lg.nameKo}`;

/** The designation as written, with its city (for the audit's label and the pages to refresh). */
async function readBack(tx: Tx, id: number) {
  const after = await tx.designation.findUniqueOrThrow({ where: { id } });
  return { after, lg: await localGovernmentFor(tx, after.localGovernmentId) };
}

/** The designation an evaluation belongs to, at the version the form started from, with its city.
 * A change to an evaluation is a change to the designation: its version moves (bumpDesignation). */
async function designationAt(tx: Tx, id: number, version: number) {
  const before = checkVersion(ENTITY, id, version, await tx.designation.findUnique({ where: { id } }));
  return { before, lg: await localGovernmentFor(tx, before.localGovernmentId) };
}

const bumpDesignation = (tx: Tx) => (guard: VersionGuard) =>
  tx.designation.updateMany({ where: guard, data: { version: { increment: 1 } } });

/** A newly designated learning city. The database refuses a second open designation. */
export async function createDesignation(actor: CurrentUser, input: CreateDesignationInput) {
  return db.$transaction(async (tx) => {
    const lg = await localGovernmentFor(tx, input.localGovernmentId);
    if (lg.abolishedOn && lg.abolishedOn <= todayInKorea()) throw new RuleError('localGovernmentAbolished', 'localGovernmentId');
    await checkAnnouncement(tx, input.announcementId);
    const created = await tx.designation.create({
      data: {
        ...input,
        announcementId: input.announcementId ?? null,
        designatedOn: input.designatedOn ?? null,
        designatedByYear: input.firstYear,
      },
    });
    await writeAudit(tx, {
      actor,
      action: 'create',
      entityType: ENTITY,
      entityId: created.id,
      entityVersion: created.version,
      entityLabel: label(lg),
      changes: diffRecords(null, created, AUDITED),
    });
    return { id: created.id, slug: lg.slug };
  });
}

export async function updateDesignation(actor: CurrentUser, input: UpdateDesignationInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(ENTITY, input.id, input.version, await tx.designation.findUnique({ where: { id: input.id } }));
    await checkAnnouncement(tx, input.announcementId);
    const { id, version, ...data } = input;
    const designatedByYear = data.firstYear ?? before.designatedByYear;
    if (data.designatedOn && data.designatedOn.getUTCFullYear() !== designatedByYear) throw new RuleError('dayOutsideYear', 'designatedOn');
    const { lg } = await saveVersioned(tx, {
      actor,
      action: 'update',
      entityType: ENTITY,
      id,
      version,
      write: (guard) =>
        tx.designation.updateMany({
          where: guard,
          data: {
            ...data,
            announcementId: data.announcementId ?? null,
            designatedOn: data.designatedOn ?? null,
            firstYear: data.firstYear ?? null,
            designatedByYear,
            version: { increment: 1 },
          },
        }),
      afterWrite: () => readBack(tx, id),
      audit: ({ after, lg }) => ({ label: label(lg), changes: diffRecords(before, after, AUDITED) }),
    });
    return { slug: lg.slug };
  });
}

/** The end of a designation outside any evaluation: cancelled by the ministry or withdrawn by the city, from a day. */
export async function retireDesignation(actor: CurrentUser, input: RetireDesignationInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(ENTITY, input.id, input.version, await tx.designation.findUnique({ where: { id: input.id } }));
    const endingEvaluation = await tx.evaluation.findFirst({
      where: { designationId: input.id, outcome: { in: ['cancelled', 'withdrawn'] } },
    });
    if (before.endReason || endingEvaluation) throw new RuleError('alreadyRetired');
    if (input.endedOn > todayInKorea()) throw new RuleError('dateInFuture', 'endedOn');
    if (input.endedOn.getUTCFullYear() < before.designatedByYear) throw new RuleError('endBeforeDesignation', 'endedOn');
    const { id, version, status, ...data } = input;
    const { lg } = await saveVersioned(tx, {
      actor,
      action: 'retire',
      entityType: ENTITY,
      id,
      version,
      write: (guard) =>
        tx.designation.updateMany({
          where: guard,
          data: { endReason: status, endedOn: data.endedOn, endedByYear: null, note: data.note ?? before.note, version: { increment: 1 } },
        }),
      afterWrite: () => readBack(tx, id),
      audit: ({ after, lg }) => ({ label: label(lg), changes: diffRecords(before, after, AUDITED) }),
    });
    return { slug: lg.slug };
  });
}

/** The first evaluation year of a city designated before 2020, as the ministry's cohorts place it. */
export async function setEvaluationCohort(actor: CurrentUser, input: SetCohortInput) {
  return db.$transaction(async (tx) => {
    const before = checkVersion(ENTITY, input.id, input.version, await tx.designation.findUnique({ where: { id: input.id } }));
    const { id, version } = input;
    const { lg } = await saveVersioned(tx, {
      actor,
      action: 'set-cohort',
      entityType: ENTITY,
      id,
      version,
      write: (guard) =>
        tx.designation.updateMany({
          where: guard,
          data: { evaluationCohortYear: input.evaluationCohortYear ?? null, note: input.note ?? before.note, version: { increment: 1 } },
        }),
      afterWrite: () => readBack(tx, id),
      audit: ({ after, lg }) => ({ label: label(lg), changes: diffRecords(before, after, AUDITED) }),
    });
    return { slug: lg.slug };
  });
}

const evaluationData = (input: Omit<RecordEvaluationInput, 'designationId' | 'version'>) => ({
  dueYear: input.dueYear,
  heldOn: input.heldOn ?? null,
  outcome: input.outcome,
  validUntilYear: input.validUntilYear ?? null,
  followUpYear: input.followUpYear ?? null,
  score: input.score ?? null,
  isOutstanding: input.isOutstanding,
  announcementId: input.announcementId ?? null,
  source: input.source,
  note: input.note,
});

/**
 * A published score decides the outcome by the rule of its year (lib/designations/schedule.ts,
 * outcomeForScore: under the pass mark withheld, and cancelled when withheld before): an outcome
 * that disagrees with its own score is refused.
 */
async function checkScore(tx: Tx, designationId: number, input: { dueYear: number; outcome: string; score?: number }) {
  if (input.score === undefined || !['redesignated', 'withheld', 'cancelled'].includes(input.outcome)) return;
  const [rules, previous] = await Promise.all([
    tx.evaluationRule.findMany({
      select: {
        effectiveFromYear: true,
        firstAfterYears: true,
        intervalYears: true,
        followUpYears: true,
        passScore: true,
        exemptTopPercent: true,
      },
    }),
    tx.evaluation.findFirst({
      where: { designationId, dueYear: { lt: input.dueYear } },
      orderBy: { dueYear: 'desc' },
      select: { outcome: true },
    }),
  ]);
  if (rules.length === 0) return;
  const expected = outcomeForScore(input.score, previous?.outcome ?? null, ruleFor(rules, input.dueYear));
  if (expected !== null && expected !== input.outcome) throw new RuleError('scoreDisagreesWithOutcome', 'outcome');
}

/** Writes one outcome inside the caller's transaction (also used by the whole-round import). */
export async function insertEvaluation(tx: Tx, actor: CurrentUser, input: RecordEvaluationInput) {
  const { before, lg } = await designationAt(tx, input.designationId, input.version);
  if (input.heldOn && input.heldOn > todayInKorea()) throw new RuleError('dateInFuture', 'heldOn');
  if (input.dueYear <= before.designatedByYear) throw new RuleError('evaluationBeforeDesignation', 'dueYear');
  if (
    await tx.evaluation.findUnique({
      where: { designationId_dueYear: { designationId: input.designationId, dueYear: input.dueYear } },
      select: { id: true },
    })
  ) {
    throw new RuleError('evaluationExists', 'dueYear');
  }
  await checkScore(tx, input.designationId, input);
  await checkAnnouncement(tx, input.announcementId);
  await saveVersioned(tx, {
    actor,
    action: 'record-evaluation',
    entityType: ENTITY,
    id: input.designationId,
    version: input.version,
    write: bumpDesignation(tx),
    afterWrite: () => tx.evaluation.create({ data: { designationId: input.designationId, ...evaluationData(input) } }),
    audit: (created) => ({
      label: label(lg),
      changes: evaluationChanges(created.dueYear, diffRecords(null, created, EVALUATION_AUDITED)),
    }),
  });
  return { designationId: input.designationId, slug: lg.slug };
}

export async function recordEvaluation(actor: CurrentUser, input: RecordEvaluationInput) {
  return db.$transaction((tx) => insertEvaluation(tx, actor, input));
}

/** Corrects a recorded outcome; the form carries the designation's version. */
export async function updateEvaluation(actor: CurrentUser, input: UpdateEvaluationInput) {
  return db.$transaction(async (tx) => {
    const current = await tx.evaluation.findUnique({ where: { id: input.id } });
    if (!current) throw new RuleError('recordGone');
    const { before, lg } = await designationAt(tx, current.designationId, input.version);
    if (input.heldOn && input.heldOn > todayInKorea()) throw new RuleError('dateInFuture', 'heldOn');
    if (input.dueYear <= before.designatedByYear) throw new RuleError('evaluationBeforeDesignation', 'dueYear');
    await checkScore(tx, current.designationId, input);
    await checkAnnouncement(tx, input.announcementId);
    await saveVersioned(tx, {
      actor,
      action: 'update-evaluation',
      entityType: ENTITY,
      id: current.designationId,
      version: input.version,
      write: bumpDesignation(tx),
      afterWrite: () => tx.evaluation.update({ where: { id: input.id }, data: { ...evaluationData(input), version: { increment: 1 } } }),
      audit: (after) => ({
        label: label(lg),
        changes: evaluationChanges(current.dueYear, diffRecords(current, after, EVALUATION_AUDITED)),
      }),
    });
    return { designationId: current.designationId, slug: lg.slug };
  });
}

export type ImportOutcome = { isApplied: boolean; count: number; issues: LineIssue[]; slugs: string[] };

/**
 * A whole round's results: every line is resolved to a designated city and checked against what
 * is recorded; with any problem nothing is written and every problem is reported by line. Checked
 * and applied in one transaction, so what was checked is what is written.
 */
export async function importEvaluations(
  actor: CurrentUser,
  input: ImportEvaluationsInput,
  lines: ImportLine[],
  lineIssues: LineIssue[] = [],
): Promise<ImportOutcome> {
  return db.$transaction(
    async (tx) => {
      const localGovernments = await tx.localGovernment.findMany({
        where: localGovernmentExistsOn(todayInKorea()),
        select: {
          code: true,
          slug: true,
          nameKo: true,
          nameEn: true,
          region: { select: { shortKo: true, shortEn: true } },
          designations: {
            where: OPEN_DESIGNATION,
            select: { id: true, version: true, designatedByYear: true, evaluations: { select: { dueYear: true } } },
          },
        },
      });
      const byKey = new Map<string, (typeof localGovernments)[number][]>();
      for (const lg of localGovernments) {
        const keys = [
          ...(lg.code ? [lg.code] : []),
          lg.slug,
          `${lg.region.shortKo} ${lg.nameKo}`,
          `${lg.nameEn}, ${lg.region.shortEn}`,
          `${lg.region.shortEn} ${lg.nameEn}`,
        ];
        for (const key of new Set(keys.map(cityKey))) byKey.set(key, [...(byKey.get(key) ?? []), lg]);
      }
      const issues: LineIssue[] = [...lineIssues];
      const resolved: { line: ImportLine; designation: { id: number; version: number }; slug: string }[] = [];
      const seenDesignations = new Set<number>();
      for (const line of lines) {
        const matches = byKey.get(cityKey(line.city)) ?? [];
        const lg = matches[0];
        const designation = lg?.designations[0];
        if (matches.length > 1) issues.push({ line: line.line, key: 'ambiguousCity', value: line.city });
        else if (!lg) issues.push({ line: line.line, key: 'unknownCity', value: line.city });
        else if (!designation) issues.push({ line: line.line, key: 'cityNotDesignated', value: line.city });
        else if (input.dueYear <= designation.designatedByYear)
          issues.push({ line: line.line, key: 'evaluationBeforeDesignation', value: line.city });
        else if (designation.evaluations.some((evaluation) => evaluation.dueYear === input.dueYear))
          issues.push({ line: line.line, key: 'evaluationExists', value: line.city });
        else if (seenDesignations.has(designation.id)) issues.push({ line: line.line, key: 'duplicateLine', value: line.city });
        else if (line.heldOn && line.heldOn > todayInKorea()) issues.push({ line: line.line, key: 'dateInFuture', value: line.city });
        else {
          seenDesignations.add(designation.id);
          resolved.push({ line, designation, slug: lg.slug });
        }
      }
      issues.sort((a, b) => a.line - b.line);
      if (issues.length > 0 || input.intent === 'check') return { isApplied: false, count: resolved.length, issues, slugs: [] };
      for (const { line, designation } of resolved) {
        await insertEvaluation(tx, actor, {
          designationId: designation.id,
          version: designation.version,
          dueYear: input.dueYear,
          heldOn: line.heldOn,
          outcome: line.outcome,
          isOutstanding: false,
          validUntilYear: line.validUntilYear,
          followUpYear: line.followUpYear,
          announcementId: undefined,
          source: input.source,
          note: line.note,
        });
      }
      return { isApplied: true, count: resolved.length, issues: [], slugs: resolved.map((entry) => entry.slug) };
    },
    { timeout: 60_000 },
  );
}
