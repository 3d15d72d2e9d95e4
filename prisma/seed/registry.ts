// Announcements, designations, evaluations, memberships, programmes and allocations, each with
// the source it comes from. Where sources disagree the rows keep what the sources say and
// docs/data-notes.md records the disagreement.
import type { Prisma } from '@/lib/generated/prisma/client';
import type {
  AllocationStatus,
  AnnouncementKind,
  DesignationEndReason,
  EvaluationOutcome,
  PublishedMeasure,
  RecipientKind,
} from '@/lib/generated/prisma/enums';
import { readSeedCsv, required, seedDate } from './csv';
import type { SeededLocalGovernment, SeededRegion } from './geography';
import type { FormerLocalGovernment } from './history';
import { resolveLocalGovernment, resolveRegion } from './resolve';

type Tx = Prisma.TransactionClient;

/**
 * Chungbuk's cities are missing from the association's 2019 table, whose total (169) implies 8
 * of them; the sources give years for 4 (docs/data-notes.md). The others were designated by 2019.
 */
const YEAR_OF_THE_2019_TABLE = 2019;

/** The association: "membership is composed of the mayors of local learning city governments
 * and the superintendents of district offices of education" (KALLC, 2019 table). */
const MEMBERSHIP_SOURCE =
  "KALLC (2019): the heads of designated learning cities are the association's members; joining dates are not published";

const EXCLUSION_NOTE =
  "The association's 2019 table lists it as designated in 2004; the ministry's announcement of 2004 names eight cities without it, and the ministry's totals from 2005 on are reproduced only without it (docs/data-notes.md).";

export type SeededAnnouncement = {
  id: number;
  slug: string;
  source: string;
  kind: AnnouncementKind;
  publishedOn: Date | null;
  url: string | null;
  citation: string;
};

export async function seedAnnouncements(tx: Tx): Promise<Map<string, SeededAnnouncement>> {
  const rows = readSeedCsv('announcements.csv');
  const created = await tx.announcement.createManyAndReturn({
    data: rows.map((row) => ({
      slug: required(row, 'slug'),
      kind: required(row, 'kind') as AnnouncementKind,
      titleKo: required(row, 'title_ko'),
      titleEn: required(row, 'title_en'),
      publishedOn: seedDate(row.published_on),
      issuerKo: required(row, 'issuer_ko'),
      issuerEn: required(row, 'issuer_en'),
      citation: required(row, 'citation'),
      url: row.url || null,
      statedTotal: row.stated_total ? BigInt(row.stated_total) : null,
      isStatedTotalApproximate: row.is_stated_total_approximate === 'true',
      statedTotalScopeKo: row.stated_total_scope_ko || null,
      statedTotalScopeEn: row.stated_total_scope_en || null,
    })),
  });
  return new Map(
    created.map((announcement) => [
      announcement.slug,
      {
        id: announcement.id,
        slug: announcement.slug,
        source: rows.find((r) => r.slug === announcement.slug)!.source!,
        kind: announcement.kind,
        publishedOn: announcement.publishedOn,
        url: announcement.url,
        citation: announcement.citation,
      },
    ]),
  );
}

export async function seedDesignations(
  tx: Tx,
  context: {
    regions: SeededRegion[];
    localGovernments: SeededLocalGovernment[];
    former: FormerLocalGovernment[];
    announcements: Map<string, SeededAnnouncement>;
  },
): Promise<void> {
  const rows = readSeedCsv('reference/designations.csv');
  const cohorts = readSeedCsv('evaluation-cohorts.csv');
  const corrections = readSeedCsv('designation-corrections.csv');
  // Issue 12: the years sources give for the 2019 table's implied Chungbuk cities, designations
  // made to a predecessor before a merger, and the two the ministry's totals never count.
  const years = readSeedCsv('designation-years.csv');
  const carryOvers = readSeedCsv('designation-carry-overs.csv');
  const exclusions = readSeedCsv('ministry-count-exclusions.csv');
  const announcementBySource = new Map([...context.announcements.values()].map((a) => [a.source, a]));
  const resolve = (reference: { region: string; nameEn: string }) =>
    resolveLocalGovernment(context.regions, context.localGovernments, reference);
  const isRow = (row: Record<string, string>, lg: { id: number }, firstYear: number | null) =>
    resolve({ region: required(row, 'region'), nameEn: required(row, 'name_en') }).id === lg.id &&
    Number(required(row, 'first_year')) === firstYear;

  const designations = rows.map((row) => {
    const lg = resolve({ region: required(row, 'sido_short_en'), nameEn: required(row, 'name_en') });
    const listedYear = row.first_designation_year ? Number(row.first_designation_year) : null;
    const found = listedYear === null ? years.find((y) => isRow(y, lg, Number(y.first_year))) : undefined;
    const firstYear = found ? Number(required(found, 'first_year')) : listedYear;
    const sameRecord = (c: Record<string, string>) =>
      c.local_government_code === lg.code && (c.first_year ? Number(c.first_year) : null) === firstYear;
    const correction = corrections.find(sameRecord);
    const carryOver = carryOvers.find((c) => c.holder_code === lg.code && Number(c.first_year) === firstYear);
    const designatedAs = carryOver ? context.former.find((f) => f.slug === carryOver.designated_as) : undefined;
    if (carryOver && !designatedAs) throw new Error(`No former local government ${carryOver.designated_as}`);
    const isExcluded = exclusions.some((e) => isRow(e, lg, firstYear));
    const announcement = announcementBySource.get(required(row, 'source'));
    // A year found for a row the 2019 table left without one rests on the report that states it.
    const yearSource = found ? announcementOf(context.announcements, required(found, 'announcement_slug')) : undefined;
    // The day of designation is the announcing document's when it announced that year's new
    // cities; the association's 2019 table only lists years (docs/data-notes.md).
    const isDesignationAnnouncement =
      announcement && announcement.kind !== 'association_publication' && announcement.publishedOn?.getUTCFullYear() === firstYear;
    return {
      localGovernmentId: lg.id,
      designatedAsId: designatedAs?.id ?? null,
      isCountedByMinistry: !isExcluded,
      firstYear,
      designatedByYear: firstYear ?? YEAR_OF_THE_2019_TABLE,
      designatedOn: isDesignationAnnouncement ? announcement.publishedOn! : null,
      announcementId: yearSource?.id ?? announcement?.id ?? null,
      evaluationCohortYear: cohorts.find(sameRecord) ? Number(required(cohorts.find(sameRecord)!, 'cohort_year')) : null,
      endReason: (correction?.end_reason || null) as DesignationEndReason | null,
      endedByYear: correction?.ended_by_year ? Number(correction.ended_by_year) : null,
      source: yearSource ? (yearSource.url ?? yearSource.citation) : required(row, 'source'),
      note:
        correction?.note ??
        (firstYear === null ? 'Year of first designation not found; designated by 2019.' : null) ??
        (isExcluded ? EXCLUSION_NOTE : null),
    };
  });
  await tx.designation.createMany({ data: designations });

  // Memberships: one for the head of every local government that has been designated.
  const designatedIds = [...new Set(designations.map((d) => d.localGovernmentId))];
  await tx.membership.createMany({
    data: designatedIds.map((id) => {
      const lg = context.localGovernments.find((candidate) => candidate.id === id)!;
      return {
        kind: 'mayor' as const,
        localGovernmentId: id,
        leftOn: lg.abolishedOn,
        source: MEMBERSHIP_SOURCE,
        note: lg.abolishedOn ? 'The local government was abolished (2026-07-01 reorganisation of Incheon).' : null,
      };
    }),
  });
}

export async function seedEvaluations(
  tx: Tx,
  context: { localGovernments: SeededLocalGovernment[]; announcements: Map<string, SeededAnnouncement> },
): Promise<void> {
  const rows = readSeedCsv('evaluations.csv');
  const byCode = new Map(context.localGovernments.map((lg) => [lg.code, lg]));
  const data = [];
  for (const row of rows) {
    const lg = byCode.get(required(row, 'local_government_code'));
    if (!lg) throw new Error(`Evaluation for unknown code ${row.local_government_code}`);
    const announcement = announcementOf(context.announcements, required(row, 'announcement_slug'));
    // The open designation: evaluations are of the designation in force.
    const designation = await tx.designation.findFirstOrThrow({
      where: { localGovernmentId: lg.id, endReason: null },
      select: { id: true },
    });
    data.push({
      designationId: designation.id,
      dueYear: Number(required(row, 'due_year')),
      heldOn: seedDate(row.held_on),
      outcome: required(row, 'outcome') as EvaluationOutcome,
      isOutstanding: row.is_outstanding === 'true',
      validUntilYear: row.valid_until_year ? Number(row.valid_until_year) : null,
      score: row.score ? row.score : null,
      announcementId: announcement.id,
      source: announcement.url ?? announcement.citation,
      note: row.note || null,
    });
  }
  await tx.evaluation.createMany({ data });
}

/** The announcement a seed row names by slug; a missing one is an error in the seed, never skipped. */
export function announcementOf(announcements: Map<string, SeededAnnouncement>, slug: string): SeededAnnouncement {
  const announcement = announcements.get(slug);
  if (!announcement) throw new Error(`No announcement ${slug} in announcements.csv`);
  return announcement;
}

export async function seedProgrammes(
  tx: Tx,
  context: {
    regions: SeededRegion[];
    localGovernments: SeededLocalGovernment[];
    announcements: Map<string, SeededAnnouncement>;
  },
): Promise<void> {
  const programmes = readSeedCsv('programmes.csv');
  const created = await tx.programme.createManyAndReturn({
    data: programmes.map((row) => ({
      code: required(row, 'code'),
      year: Number(required(row, 'year')),
      nameKo: required(row, 'name_ko'),
      nameEn: required(row, 'name_en'),
      purposeKo: row.purpose_ko || null,
      purposeEn: row.purpose_en || null,
      eligibilityKo: row.eligibility_ko || null,
      eligibilityEn: row.eligibility_en || null,
      recipientKind: required(row, 'recipient_kind') as RecipientKind,
      amountPerRecipient: row.amount_per_recipient ? BigInt(row.amount_per_recipient) : null,
      amountPerRecipientMin: row.amount_per_recipient_min ? BigInt(row.amount_per_recipient_min) : null,
      isAmountApproximate: row.is_amount_approximate === 'true',
      announcementId: context.announcements.get(required(row, 'announcement_slug'))?.id ?? null,
    })),
  });

  const allocations = readSeedCsv('allocations.csv').map((row) => {
    const programme = created.find((p) => p.code === row.programme_code && p.year === Number(row.year));
    if (!programme) throw new Error(`No programme ${row.programme_code} ${row.year}`);
    const isRegion = programme.recipientKind === 'region';
    const recipient = isRegion
      ? { regionId: resolveRegion(context.regions, required(row, 'region')).id, localGovernmentId: null }
      : {
          regionId: null,
          localGovernmentId: resolveLocalGovernment(context.regions, context.localGovernments, {
            region: required(row, 'region'),
            nameEn: required(row, 'name_en'),
          }).id,
        };
    return {
      programmeId: programme.id,
      recipientKind: programme.recipientKind,
      ...recipient,
      amount: BigInt(required(row, 'amount')),
      amountMin: row.amount_min ? BigInt(row.amount_min) : null,
      isAmountApproximate: row.is_amount_approximate === 'true',
      status: 'announced' as AllocationStatus,
      // An allocation's own source where a report names it; else its programme's announcement.
      announcementId: row.announcement_slug ? announcementOf(context.announcements, row.announcement_slug).id : programme.announcementId,
      note: row.note || null,
    };
  });
  await tx.allocation.createMany({ data: allocations });
}

/** The figures public sources state, to set the registry's own counts beside (/reconciliation). */
export async function seedPublishedFigures(tx: Tx): Promise<void> {
  await tx.publishedFigure.createMany({
    data: readSeedCsv('published-figures.csv').map((row, index) => ({
      slug: required(row, 'slug'),
      measure: required(row, 'measure') as PublishedMeasure,
      value: Number(required(row, 'value')),
      asOf: seedDate(required(row, 'as_of'))!,
      year: row.year ? Number(row.year) : null,
      publishedOn: seedDate(row.published_on),
      outlet: required(row, 'outlet'),
      url: required(row, 'url'),
      quote: required(row, 'quote'),
      explanationKo: row.explanation_ko || null,
      explanationEn: row.explanation_en || null,
      sortOrder: index + 1,
    })),
  });
}
