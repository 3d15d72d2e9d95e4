// The seeded registry against the figures its sources state (tests/integration/fixtures).
// Where the sources disagree the seed keeps what they say; these tests pin both sides.
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createPrismaClient } from '@/lib/create-prisma-client';
import { designationActiveOn } from '@/lib/designations/in-force';
import { todayInKorea } from '@/lib/core/dates';
import {
  BASIC_LOCAL_GOVERNMENTS,
  DISTRICT_OFFICES,
  NEW_CITIES_2023,
  NEW_PER_YEAR_ANNOUNCED,
  NEW_PER_YEAR_CHANGWON,
  PROGRAMMES_2023,
  PROVINCIAL_OFFICES,
  REGIONS,
  REPORTED_TOTALS,
  TABLE_2019_IMPLIED_CHUNGBUK,
  TABLE_2019_LISTED,
  TABLE_2019_TOTAL,
} from './fixtures/source-figures';

const prisma = createPrismaClient(inject('databaseUrl'), { max: 2 });
afterAll(() => prisma.$disconnect());

const JULY_2026 = new Date('2026-07-01T00:00:00Z');
const JUNE_2026 = new Date('2026-06-30T00:00:00Z');

/** The region a local government belonged to on a date: its period's, or its current one. */
async function regionShortOn(localGovernmentIds: number[], date: Date): Promise<Map<number, string>> {
  const rows = await prisma.localGovernment.findMany({
    where: { id: { in: localGovernmentIds } },
    select: {
      id: true,
      region: { select: { shortEn: true } },
      currentSince: true,
      periods: { select: { validFrom: true, validUntil: true, region: { select: { shortEn: true } } } },
    },
  });
  return new Map(
    rows.map((row) => {
      const period = row.periods.find((p) => (!p.validFrom || p.validFrom <= date) && p.validUntil > date);
      return [row.id, period?.region.shortEn ?? row.region.shortEn];
    }),
  );
}

describe('the seeded registry', () => {
  it('lists per region exactly the cities of the association 2019 table, plus the 8 Chungbuk cities it implies', async () => {
    const designations = await prisma.designation.findMany({
      where: { designatedByYear: { lte: 2019 } },
      select: { localGovernmentId: true, firstYear: true },
    });
    const regions = await regionShortOn(
      designations.map((d) => d.localGovernmentId),
      new Date('2019-10-01T00:00:00Z'),
    );
    const perRegion: Record<string, number> = {};
    for (const d of designations) {
      const region = regions.get(d.localGovernmentId)!;
      perRegion[region] = (perRegion[region] ?? 0) + 1;
    }
    const { Chungbuk, ...listed } = perRegion;
    expect(listed).toEqual(TABLE_2019_LISTED);
    expect(Chungbuk).toBe(TABLE_2019_IMPLIED_CHUNGBUK);
    expect(designations).toHaveLength(TABLE_2019_TOTAL);
    // Every one now has its year: the four the table could not give were found in the press
    // (docs/data-notes.md; prisma/seed/designation-years.csv).
    expect(designations.filter((d) => d.firstYear === null)).toHaveLength(0);
  });

  it('holds the years the press gives for the four Chungbuk cities the 2019 table implies without a year', async () => {
    const rows = await prisma.designation.findMany({
      where: { localGovernment: { code: { in: ['43110', '43770', '43745', '43130'] } } },
      select: { firstYear: true, designatedAs: { select: { slug: true } }, localGovernment: { select: { code: true } } },
    });
    expect(Object.fromEntries(rows.map((row) => [row.localGovernment.code, row.firstYear]))).toEqual({
      '43110': 2004, // Cheongju, among 2004's eight (imaeil 2004-09-03), made to the former Cheongju-si
      '43770': 2013, // Eumseong (joongdo 2022-04-23)
      '43745': 2014, // Jeungpyeong (sejongtimes 2022-04-27)
      '43130': 2015, // Chungju (bzeronews 493370)
    });
    expect(rows.find((row) => row.localGovernment.code === '43110')?.designatedAs?.slug).toBe('chungbuk-cheongju-si-until-2014');
  });

  it('holds the seven new cities of the 2023 ministry announcement, linked to it', async () => {
    const rows = await prisma.designation.findMany({
      where: { firstYear: 2023 },
      select: {
        announcement: { select: { slug: true, kind: true } },
        localGovernment: { select: { nameKo: true, nameEn: true } },
      },
    });
    expect(rows.map((r) => r.localGovernment.nameEn).sort()).toEqual(NEW_CITIES_2023.map((c) => c.nameEn).sort());
    expect(rows.map((r) => r.localGovernment.nameKo).sort()).toEqual(NEW_CITIES_2023.map((c) => c.nameKo).sort());
    expect(new Set(rows.map((r) => r.announcement?.slug))).toEqual(new Set(['moe-2023-learning-cities']));
    expect(rows[0]?.announcement?.kind).toBe('ministry_release');
  });

  it('records the new designations the ministry announced each year since 2020', async () => {
    const counts = await prisma.designation.groupBy({ by: ['firstYear'], where: { firstYear: { gte: 2020 } }, _count: true });
    expect(Object.fromEntries(counts.map((c) => [c.firstYear, c._count]))).toEqual(NEW_PER_YEAR_ANNOUNCED);
  });

  it('agrees with the published new designations of every year 2001–2013, counted the ministry’s way', async () => {
    const counts = await prisma.designation.groupBy({
      by: ['firstYear'],
      where: { firstYear: { lte: 2013 }, isCountedByMinistry: true },
      _count: true,
    });
    const seeded = Object.fromEntries(counts.map((c) => [c.firstYear, c._count]));
    for (const [year, published] of Object.entries(NEW_PER_YEAR_CHANGWON)) {
      expect(seeded[year] ?? 0, `designations first made in ${year}`).toBe(published);
    }
  });

  it('counts more rows than the reported cumulative totals, by the designations the ministry never counts and Gimcheon’s ended one', async () => {
    // Muan and Shinan (2004, in the association's table, never in the ministry's figures); from
    // 2022, Gimcheon's 2015 designation, ended before 2022-02-09. The registry's counting rule
    // reproduces each total (tests/integration/reconciliation.test.ts).
    const excluded = await prisma.designation.count({ where: { isCountedByMinistry: false } });
    expect(excluded).toBe(2);
    for (const [year, reported] of Object.entries(REPORTED_TOTALS)) {
      const recorded = await prisma.designation.count({ where: { designatedByYear: { lte: Number(year) } } });
      expect(recorded - reported, `recorded minus reported by ${year}`).toBe(excluded + (Number(year) >= 2022 ? 1 : 0));
    }
  });

  it('keeps Gimcheon’s 2015 designation as ended and its 2026 one active', async () => {
    const designations = await prisma.designation.findMany({
      where: { localGovernment: { slug: 'gyeongbuk-gimcheon-si' } },
      orderBy: { designatedByYear: 'asc' },
      select: { firstYear: true, endReason: true, endedOn: true, endedByYear: true },
    });
    expect(designations).toEqual([
      // Ended between 2021-03-31 (181 still count it) and 2022-02-09 ("180 until last year").
      { firstYear: 2015, endReason: 'cancelled', endedOn: null, endedByYear: 2022 },
      { firstYear: 2026, endReason: null, endedOn: null, endedByYear: null },
    ]);
  });

  it('has 206 lifelong learning cities today: the 206 of March 2026 less Incheon’s two abolished districts, Muan and Shinan in', async () => {
    const designated = await prisma.localGovernment.count({
      where: { abolishedOn: null, designations: { some: designationActiveOn(todayInKorea()) } },
    });
    // The ministry's 206 (2026-03-10) counted Incheon Jung-gu and Dong-gu and not Muan and Shinan.
    const [incheonsTwo, muanAndShinan] = [2, 2];
    expect(designated).toBe(REPORTED_TOTALS[2026]! - incheonsTwo + muanAndShinan);
  });

  it('counts 226 basic local governments before 2026-07-01 and 227 from that day', async () => {
    const basic = { kind: { in: ['si', 'gun', 'gu'] as ('si' | 'gun' | 'gu')[] } };
    const existingOn = (date: Date) => ({
      AND: [
        { OR: [{ establishedOn: null }, { establishedOn: { lte: date } }] },
        { OR: [{ abolishedOn: null }, { abolishedOn: { gt: date } }] },
      ],
    });
    expect(await prisma.localGovernment.count({ where: { ...basic, ...existingOn(JUNE_2026) } })).toBe(BASIC_LOCAL_GOVERNMENTS.before);
    expect(await prisma.localGovernment.count({ where: { ...basic, ...existingOn(JULY_2026) } })).toBe(BASIC_LOCAL_GOVERNMENTS.after);
  });

  it('has 17 regions before the Gwangju–Jeonnam merger and 16 after', async () => {
    const existingOn = (date: Date) => ({
      AND: [
        { OR: [{ establishedOn: null }, { establishedOn: { lte: date } }] },
        { OR: [{ abolishedOn: null }, { abolishedOn: { gt: date } }] },
      ],
    });
    expect(await prisma.region.count({ where: existingOn(JUNE_2026) })).toBe(REGIONS.before);
    expect(await prisma.region.count({ where: existingOn(JULY_2026) })).toBe(REGIONS.after);
  });

  it('has 176 district offices and 16 provincial offices today, 17 before the merger', async () => {
    expect(await prisma.officeOfEducation.count({ where: { level: 'district', abolishedOn: null } })).toBe(DISTRICT_OFFICES);
    const provincial = (date: Date) =>
      prisma.officeOfEducation.count({
        where: {
          level: 'provincial',
          AND: [
            { OR: [{ establishedOn: null }, { establishedOn: { lte: date } }] },
            { OR: [{ abolishedOn: null }, { abolishedOn: { gt: date } }] },
          ],
        },
      });
    expect(await provincial(JUNE_2026)).toBe(PROVINCIAL_OFFICES.before);
    expect(await provincial(JULY_2026)).toBe(PROVINCIAL_OFFICES.after);
  });

  it('covers every local government of today but Sejong by exactly one district office', async () => {
    const lgs = await prisma.localGovernment.findMany({
      where: { abolishedOn: null, kind: { not: 'special_city' } },
      select: { code: true, jurisdictions: { where: { validUntil: null }, select: { officeId: true } } },
    });
    const wrong = lgs.filter((lg) => lg.jurisdictions.length !== 1).map((lg) => lg.code);
    expect(wrong).toEqual([]);
    expect(lgs).toHaveLength(BASIC_LOCAL_GOVERNMENTS.after + 2);
  });

  it('holds the 2023 programmes with their recipients and sums', async () => {
    for (const [code, expected] of Object.entries(PROGRAMMES_2023)) {
      const programme = await prisma.programme.findUniqueOrThrow({
        where: { code_year: { code, year: 2023 } },
        select: { amountPerRecipient: true, allocations: { select: { amount: true } } },
      });
      expect(programme.amountPerRecipient, code).toBe(expected.amountEach);
      expect(programme.allocations, code).toHaveLength(expected.recipients);
      const sum = programme.allocations.reduce((total, a) => total + a.amount, 0n);
      expect(sum, code).toBe(expected.amountEach * BigInt(expected.recipients));
    }
  });
});
