// The re-designation schedule as data (issue 12): the rules in force, the evaluation groups by
// kind, what sources say of whole rounds, each with the announcement a reader can open; then every
// designation's group (by lib/designations/schedule.ts's own rule) and its source as a link.
// Sources and disagreements: docs/data-notes.md.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { LocalGovernmentKind } from '@/lib/generated/prisma/enums';
import { evaluationGroupFor } from '@/lib/designations/schedule';
import { readSeedCsv, required } from './csv';
import { announcementOf, type SeededAnnouncement } from './registry';

type Tx = Prisma.TransactionClient;
type Announcements = Map<string, SeededAnnouncement>;

const optionalNumber = (value: string | undefined) => (value ? Number(value) : null);
const optionalSource = (announcements: Announcements, slug: string | undefined) => (slug ? announcementOf(announcements, slug).id : null);

/** Rules, groups and rounds, in that order (rounds name their group). */
export async function seedEvaluationSchedule(tx: Tx, announcements: Announcements): Promise<void> {
  await tx.evaluationRule.createMany({
    data: readSeedCsv('evaluation-rules.csv').map((row) => ({
      effectiveFromYear: Number(required(row, 'effective_from_year')),
      firstAfterYears: Number(required(row, 'first_after_years')),
      intervalYears: Number(required(row, 'interval_years')),
      followUpYears: Number(required(row, 'follow_up_years')),
      passScore: optionalNumber(row.pass_score),
      exemptTopPercent: optionalNumber(row.exempt_top_percent),
      areaCount: optionalNumber(row.area_count),
      fieldCount: optionalNumber(row.field_count),
      indicatorCount: optionalNumber(row.indicator_count),
      cycleSourceId: optionalSource(announcements, row.cycle_source),
      passScoreSourceId: optionalSource(announcements, row.pass_score_source),
      exemptionSourceId: optionalSource(announcements, row.exemption_source),
      structureSourceId: optionalSource(announcements, row.structure_source),
      source: required(row, 'source'),
      note: row.note || null,
    })),
  });
  const groups = await tx.evaluationGroup.createManyAndReturn({
    data: readSeedCsv('evaluation-groups.csv').map((row) => ({
      code: required(row, 'code'),
      nameKo: required(row, 'name_ko'),
      nameEn: required(row, 'name_en'),
      scopeKo: required(row, 'scope_ko'),
      scopeEn: required(row, 'scope_en'),
      kinds: required(row, 'kinds').split(';') as LocalGovernmentKind[],
      regionSlugs: row.region_slugs ? row.region_slugs.split(';') : [],
      firstRoundYear: Number(required(row, 'first_round_year')),
      announcementId: optionalSource(announcements, row.announcement_slug),
      note: row.note || null,
    })),
  });
  await tx.evaluationRound.createMany({
    data: readSeedCsv('evaluation-rounds.csv').map((row) => {
      const group = row.group_code ? groups.find((candidate) => candidate.code === row.group_code) : null;
      if (row.group_code && !group) throw new Error(`No evaluation group ${row.group_code}`);
      return {
        year: Number(required(row, 'year')),
        evaluatedCount: optionalNumber(row.evaluated_count),
        redesignatedCount: optionalNumber(row.redesignated_count),
        outstandingCount: optionalNumber(row.outstanding_count),
        groupId: group?.id ?? null,
        announcementId: optionalSource(announcements, row.announcement_slug),
        scopeKo: row.scope_ko || null,
        scopeEn: row.scope_en || null,
        source: required(row, 'source'),
        note: row.note || null,
      };
    }),
  });
}

/** The groups were formed in 2020: a designation made before is placed by its local government as it was then. */
const GROUPS_FORMED_ON = new Date('2020-01-01T00:00:00Z');

/**
 * Every designation's evaluation group, from its local government's kind and region on the day
 * that counts (its designation, or 2020 for one made before), by the same pure rule the pages use.
 */
export async function assignEvaluationGroups(tx: Tx): Promise<void> {
  const groups = await tx.evaluationGroup.findMany({
    select: { id: true, code: true, firstRoundYear: true, kinds: true, regionSlugs: true },
  });
  const designations = await tx.designation.findMany({
    select: {
      id: true,
      designatedByYear: true,
      designatedOn: true,
      localGovernment: {
        select: {
          kind: true,
          region: { select: { slug: true } },
          periods: { select: { validFrom: true, validUntil: true, kind: true, region: { select: { slug: true } } } },
        },
      },
    },
  });
  for (const designation of designations) {
    const designatedOn = designation.designatedOn ?? new Date(Date.UTC(designation.designatedByYear, 0, 1));
    const day = designatedOn < GROUPS_FORMED_ON ? GROUPS_FORMED_ON : designatedOn;
    const lg = designation.localGovernment;
    const period = lg.periods.find((p) => (p.validFrom === null || p.validFrom <= day) && day < p.validUntil);
    const unit = period ? { kind: period.kind, regionSlug: period.region.slug } : { kind: lg.kind, regionSlug: lg.region.slug };
    const group = evaluationGroupFor(unit, groups);
    if (group) await tx.designation.update({ where: { id: designation.id }, data: { evaluationGroupId: group.id } });
  }
}

/**
 * A designation's source as a reader opens it: its announcement's address (or citation when none
 * is known). No file name is kept. A designation whose year a report states (designation-years.csv)
 * is already linked to that report by seedDesignations. Since issue 12 found the years of the four
 * Chungbuk cities the 2019 table only implied, no designation in the seed rests on an inference
 * alone, so inferenceKo/inferenceEn stay empty here (docs/data-notes.md).
 */
export async function linkDesignationSources(tx: Tx, announcements: Announcements): Promise<void> {
  const bySource = new Map([...announcements.values()].map((announcement) => [announcement.source, announcement]));
  const byId = new Map([...announcements.values()].map((announcement) => [announcement.id, announcement]));
  const designations = await tx.designation.findMany({ select: { id: true, source: true, announcementId: true } });
  for (const designation of designations) {
    const announcement =
      (designation.announcementId !== null ? byId.get(designation.announcementId) : undefined) ?? bySource.get(designation.source);
    if (!announcement) continue;
    await tx.designation.update({
      where: { id: designation.id },
      data: { announcementId: announcement.id, source: announcement.url ?? announcement.citation },
    });
  }
}
