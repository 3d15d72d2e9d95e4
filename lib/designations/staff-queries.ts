import 'server-only';
import { requireAccess } from '@/lib/auth/session';
import { nameConditions } from '@/lib/place-names/search-query';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { localGovernmentExistsOn } from '@/lib/core/existence';
import { designationActiveOn, designationEndedOn, OPEN_DESIGNATION } from './in-force';
import type { Option } from '@/lib/core/names';
import { STAFF_PAGE_SIZE } from '@/lib/core/pagination';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import { DESIGNATION_FACTS_SELECT, EVALUATION_GROUP_SELECT, toDesignationFacts } from './facts';
import { getEvaluationRules } from './queries';
import { firstEvaluationYear, isEnding, standingOn } from './schedule';
import { type DesignationStatus, statusOf } from './status';

export const DESIGNATION_LIST_FILTERS = ['active', 'ended'] as const;
export type DesignationListFilter = (typeof DESIGNATION_LIST_FILTERS)[number];

export type DesignationRow = {
  id: number;
  firstYear: number | null;
  designatedByYear: number;
  status: DesignationStatus;
  nextEvaluationYear: number | null;
  localGovernment: { id: number; nameKo: string; nameEn: string; region: { shortKo: string; shortEn: string } };
};

export async function listDesignations(options: { q: string; filter?: DesignationListFilter; page: number }) {
  await requireAccess('registry.read');
  const today = todayInKorea();
  const where: Prisma.DesignationWhereInput = {
    AND: [
      options.filter === 'active' ? designationActiveOn(today) : options.filter === 'ended' ? designationEndedOn(today) : {},
      options.q ? { localGovernment: { AND: nameConditions(options.q) } } : {},
    ],
  };
  const [rows, total, rules] = await Promise.all([
    db.designation.findMany({
      where,
      orderBy: [{ designatedByYear: 'desc' }, { id: 'desc' }],
      skip: (options.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: {
        id: true,
        ...DESIGNATION_FACTS_SELECT,
        localGovernment: { select: { id: true, nameKo: true, nameEn: true, region: { select: { shortKo: true, shortEn: true } } } },
      },
    }),
    db.designation.count({ where }),
    getEvaluationRules(),
  ]);
  const day = isoDate(today);
  return {
    total,
    rows: rows.map((row): DesignationRow => {
      const standing = standingOn(toDesignationFacts(row), rules, day);
      return {
        id: row.id,
        firstYear: row.firstYear,
        designatedByYear: row.designatedByYear,
        status: statusOf(standing),
        nextEvaluationYear: standing.state === 'active' ? standing.nextDueYear : null,
        localGovernment: row.localGovernment,
      };
    }),
  };
}

export type DesignationForEdit = NonNullable<Awaited<ReturnType<typeof getDesignationForEdit>>>;

export async function getDesignationForEdit(id: number) {
  await requireAccess('registry.read');
  const [designation, rules] = await Promise.all([
    db.designation.findUnique({
      where: { id },
      include: {
        localGovernment: { include: { region: true } },
        announcement: { select: { id: true, titleKo: true, titleEn: true } },
        evaluationGroup: { select: EVALUATION_GROUP_SELECT },
        evaluations: { orderBy: { dueYear: 'asc' } },
      },
    }),
    getEvaluationRules(),
  ]);
  if (!designation) return null;
  const facts = toDesignationFacts(designation);
  const standing = standingOn(facts, rules, isoDate(todayInKorea()));
  const day = (value: Date | null) => value && isoDate(value);
  return {
    id: designation.id,
    version: designation.version,
    firstYear: designation.firstYear,
    designatedByYear: designation.designatedByYear,
    designatedOn: day(designation.designatedOn),
    evaluationCohortYear: designation.evaluationCohortYear,
    endReason: designation.endReason,
    endedOn: day(designation.endedOn),
    endedByYear: designation.endedByYear,
    source: designation.source,
    note: designation.note,
    announcementId: designation.announcementId,
    standing,
    status: statusOf(standing),
    /** The year staff would record next: the next due year, else this year. */
    suggestedDueYear: (standing.state === 'active' ? standing.nextDueYear : null) ?? todayInKorea().getUTCFullYear(),
    /** A first evaluation the rules cannot place: before 2020, so a cohort is needed. */
    needsCohort: firstEvaluationYear(facts, rules) === null && facts.evaluations.length === 0,
    hasEnded: standing.state === 'ended' || Boolean(designation.endReason) || facts.evaluations.some((e) => isEnding(e.outcome)),
    evaluations: designation.evaluations.map((evaluation) => ({
      id: evaluation.id,
      version: evaluation.version,
      dueYear: evaluation.dueYear,
      heldOn: day(evaluation.heldOn),
      outcome: evaluation.outcome,
      validUntilYear: evaluation.validUntilYear,
      followUpYear: evaluation.followUpYear,
      score: evaluation.score === null ? null : Number(evaluation.score),
      isOutstanding: evaluation.isOutstanding,
      announcementId: evaluation.announcementId,
      source: evaluation.source,
      note: evaluation.note,
    })),
    localGovernment: {
      id: designation.localGovernment.id,
      slug: designation.localGovernment.slug,
      nameKo: designation.localGovernment.nameKo,
      nameEn: designation.localGovernment.nameEn,
      region: {
        slug: designation.localGovernment.region.slug,
        shortKo: designation.localGovernment.region.shortKo,
        shortEn: designation.localGovernment.region.shortEn,
      },
    },
  };
}

/** Local governments that exist today and have no active designation: who can be newly designated. */
export async function listDesignatableLocalGovernments(): Promise<Option[]> {
  await requireAccess('registry.read');
  const rows = await db.localGovernment.findMany({
    where: { ...localGovernmentExistsOn(todayInKorea()), designations: { none: OPEN_DESIGNATION } },
    orderBy: [{ region: { sortOrder: 'asc' } }, { code: 'asc' }],
    select: { id: true, nameKo: true, nameEn: true, region: { select: { shortKo: true, shortEn: true } } },
  });
  return rows.map((lg) => ({
    value: String(lg.id),
    labelKo: `${lg.region.shortKo} ${lg.nameKo}`,
    labelEn: `${lg.nameEn}, ${lg.region.shortEn}`,
  }));
}

export async function listAnnouncementOptions(): Promise<Option[]> {
  await requireAccess('registry.read');
  const rows = await db.announcement.findMany({
    orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { slug: 'asc' }],
    select: { id: true, titleKo: true, titleEn: true, publishedOn: true },
  });
  // An announcement whose copy shows no date is listed by its title alone.
  const prefix = (publishedOn: Date | null) => (publishedOn ? `${isoDate(publishedOn)} ` : '');
  return rows.map((a) => ({
    value: String(a.id),
    labelKo: `${prefix(a.publishedOn)}${a.titleKo}`,
    labelEn: `${prefix(a.publishedOn)}${a.titleEn}`,
  }));
}

export type DueEntry = {
  designationId: number;
  slug: string;
  nameKo: string;
  nameEn: string;
  region: { slug: string; shortKo: string; shortEn: string };
  designatedYear: number;
  dueYear: number | null;
  lastOutcome: string | null;
};
export type DueList = {
  year: number;
  overdue: DueEntry[];
  thisYear: DueEntry[];
  nextYear: DueEntry[];
  noCohort: DueEntry[];
  later: DueEntry[];
};

/**
 * Every designation in force today with its next evaluation, sorted by region: due this year,
 * next year, later, passed with no outcome recorded, or not placeable (no cohort). One query.
 */
export async function getEvaluationDueList(): Promise<DueList> {
  await requireAccess('registry.read');
  return loadDueList();
}

/** The same for the calendar feed, whose secret the caller resolved to a user allowed to read (lib/calendar/queries.ts). */
export async function getEvaluationDueListFor(_user: { id: string; email: string }): Promise<DueList> {
  return loadDueList();
}

async function loadDueList(): Promise<DueList> {
  const today = todayInKorea();
  const [rows, rules] = await Promise.all([
    db.designation.findMany({
      where: { ...designationActiveOn(today), localGovernment: localGovernmentExistsOn(today) },
      orderBy: [{ localGovernment: { region: { sortOrder: 'asc' } } }, { localGovernment: { code: 'asc' } }],
      select: {
        id: true,
        ...DESIGNATION_FACTS_SELECT,
        localGovernment: {
          select: { slug: true, nameKo: true, nameEn: true, region: { select: { slug: true, shortKo: true, shortEn: true } } },
        },
      },
    }),
    getEvaluationRules(),
  ]);
  const year = today.getUTCFullYear();
  const list: DueList = { year, overdue: [], thisYear: [], nextYear: [], noCohort: [], later: [] };
  for (const row of rows) {
    const facts = toDesignationFacts(row);
    const standing = standingOn(facts, rules, isoDate(today));
    if (standing.state !== 'active') continue;
    const entry: DueEntry = {
      designationId: row.id,
      ...row.localGovernment,
      designatedYear: facts.year,
      dueYear: standing.nextDueYear,
      lastOutcome: facts.evaluations.at(-1)?.outcome ?? null,
    };
    if (standing.nextDueYear === null) list.noCohort.push(entry);
    else if (standing.nextDueYear < year) list.overdue.push(entry);
    else if (standing.nextDueYear === year) list.thisYear.push(entry);
    else if (standing.nextDueYear === year + 1) list.nextYear.push(entry);
    else list.later.push(entry);
  }
  return list;
}
