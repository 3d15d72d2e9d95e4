// Issue 12: every designated city has a next re-designation evaluation or a stated reason why
// not, with a source a reader can open; the rules, groups and outcomes the reports state are in
// the seed with their sources; a past due year is never given as the next evaluation.
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { getCityPage, getCitySlugs } from '@/lib/cities/queries';
import { nextEvaluationView } from '@/lib/cities/next-evaluation';
import { createPrismaClient } from '@/lib/create-prisma-client';
import { isoDate, todayInKorea } from '@/lib/core/dates';

const prisma = createPrismaClient(inject('databaseUrl'), { max: 2 });
afterAll(() => prisma.$disconnect());

async function viewsOfDesignatedCities() {
  const slugs = await getCitySlugs();
  const views = [];
  for (const slug of slugs) {
    const city = await getCityPage(slug);
    if (!city?.isCurrent) continue;
    for (const designation of city.designations) {
      if (designation.standing.state !== 'active') continue;
      views.push({
        slug,
        designation,
        view: nextEvaluationView({
          standing: designation.standing,
          facts: designation.facts,
          groupCode: designation.groupCode,
          designationSource: designation.source,
          evaluations: designation.evaluations,
          rules: city.rules,
          ruleSources: city.ruleSources,
          groups: city.groups,
          rounds: city.rounds,
          today: city.today,
        }),
      });
    }
  }
  return views;
}

describe('the schedule of every designated city', () => {
  it('gives each a next evaluation year or a reason, with a source that has an address', async () => {
    const views = await viewsOfDesignatedCities();
    const currentYear = todayInKorea().getUTCFullYear();
    expect(views).toHaveLength(206);
    for (const { slug, view } of views) {
      expect(view.source, `${slug}: no source for its next evaluation`).not.toBeNull();
      expect(view.source!.url, `${slug}: its source has no address`).toMatch(/^https?:\/\//);
      if (view.kind === 'due') expect(view.year, `${slug}: a past year given as coming`).toBeGreaterThanOrEqual(currentYear);
      if (view.kind === 'missing') expect(view.year, slug).toBeLessThan(currentYear);
    }
    const counts = { due: 0, missing: 0, unknown: 0 };
    for (const { view } of views) counts[view.kind] += 1;
    console.info(`Next evaluation of the 206 designated cities on ${isoDate(todayInKorea())}:`, counts);
    // Every designation's year is sourced since the four Chungbuk years were found (Cheongju 2004,
    // held by today's Cheongju since the 2014 merger), so every one has a first evaluation.
    expect(views.filter(({ view }) => view.kind === 'unknown').map(({ slug }) => slug)).toEqual([]);
  });

  it('places the reported cities in their groups’ rounds: Changwon 2027, Geumjeong-gu 2029 (excused), Okcheon 2028, Sejong 2026', async () => {
    const next = async (slug: string) => {
      const city = await getCityPage(slug);
      const standing = city!.designations.find((d) => d.standing.state === 'active')!.standing;
      return standing.state === 'active' ? [standing.nextDueYear, standing.nextDueBasis] : null;
    };
    expect(await next('gyeongnam-changwon-si')).toEqual([2027, 'cycle']);
    expect(await next('busan-geumjeong-gu')).toEqual([2029, 'excused']);
    expect(await next('chungbuk-okcheon-gun')).toEqual([2028, 'cycle']);
    expect(await next('sejong')).toEqual([2023, 'afterDesignation']);
  });
});

describe('the rules and groups as data, with their sources', () => {
  it('records the pass mark, the exemption from 2023 and the structure, each linked to a source', async () => {
    const rules = await prisma.evaluationRule.findMany({
      orderBy: { effectiveFromYear: 'asc' },
      include: { cycleSource: true, passScoreSource: true, exemptionSource: true, structureSource: true },
    });
    expect(rules.map((r) => [r.effectiveFromYear, r.passScore, r.exemptTopPercent])).toEqual([
      [2020, 60, null],
      [2023, 60, 10],
    ]);
    expect(rules[1]).toMatchObject({ areaCount: 3, fieldCount: 10, indicatorCount: 20 });
    expect(rules[0]!.passScoreSource?.url).toBe('https://www.asiae.co.kr/article/2020061317540135781');
    expect(rules[1]!.exemptionSource?.url).toMatch(/^https:\/\/www\.lawissue\.co\.kr\//);
  });

  it('has three groups by kind, evaluated from 2020, 2021 and 2022, with the reported rounds', async () => {
    const groups = await prisma.evaluationGroup.findMany({
      orderBy: { firstRoundYear: 'asc' },
      include: { announcement: true, rounds: true },
    });
    expect(groups.map((g) => [g.code, g.firstRoundYear, g.rounds.map((r) => [r.year, r.evaluatedCount]).sort()])).toEqual([
      [
        'metropolitan',
        2020,
        [
          [2020, 42],
          [2023, 55],
        ],
      ],
      [
        'provincial-city',
        2021,
        [
          [2021, 61],
          [2024, 64],
        ],
      ],
      [
        'county',
        2022,
        [
          [2022, 44],
          [2025, 46],
        ],
      ],
    ]);
    for (const group of groups) expect(group.announcement?.url, group.code).toMatch(/^https?:\/\//);
  });

  it('records the outcomes reports name, each with its source’s address', async () => {
    const evaluations = await prisma.evaluation.findMany({
      include: { announcement: true, designation: { select: { localGovernment: { select: { slug: true } } } } },
    });
    expect(evaluations.length).toBeGreaterThanOrEqual(59);
    for (const evaluation of evaluations)
      expect(evaluation.announcement?.url, evaluation.designation.localGovernment.slug).toMatch(/^https?:\/\//);
    const outstanding2020 = evaluations.filter((e) => e.dueYear === 2020 && e.isOutstanding).map((e) => e.designation.localGovernment.slug);
    expect(outstanding2020.sort()).toEqual(['busan-seo-gu', 'busan-yeonje-gu', 'gwangju-buk-gu', 'seoul-eunpyeong-gu', 'seoul-songpa-gu']);
  });
});
