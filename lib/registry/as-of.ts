// The registry on a day, worked out from its history (issue 4): regions and local governments
// that existed that day, under that day's names, kinds and regions (their periods), and the
// designations in force that day (lib/designations/schedule.ts). A designation counts under the
// local government holding it that day: the one designated, and from their merger its successor
// (issue 12: 창원시's 2004 designation is the former 창원시's until 2010-07-01, today's 창원시's
// since). A designation whose local government was abolished without a successor carrying it on
// is no longer in force (인천 중구·동구, 2026-07-01). Pure, so one read of the history serves any
// number of days (the statistics count every year's end, the reconciliation every published day).
import { type DesignationFacts, type EvaluationRule, type Standing, standingOn } from '@/lib/designations/schedule';
import { type DesignationStatus, statusOf } from '@/lib/designations/status';
import type { LocalGovernmentKind } from '@/lib/generated/prisma/enums';
import { BASIC_LOCAL_GOVERNMENT_KINDS } from '@/lib/core/existence';

type Period = { validFrom: string | null; validUntil: string };
type Names = { nameKo: string; nameEn: string };

export type HistoryDesignation = {
  firstYear: number | null;
  designatedByYear: number;
  /** The local government designated (a predecessor) when another holds it since a merger. */
  designatedAs: string | null;
  /** Whether the ministry's totals count it (lib/registry/counting.ts). */
  isCountedByMinistry: boolean;
  facts: DesignationFacts;
};

export type RegistryHistory = {
  rules: EvaluationRule[];
  regions: (Names & {
    id: number;
    slug: string;
    shortKo: string;
    shortEn: string;
    establishedOn: string | null;
    abolishedOn: string | null;
    periods: (Period & Names & { shortKo: string; shortEn: string })[];
  })[];
  localGovernments: (Names & {
    slug: string;
    kind: LocalGovernmentKind;
    regionId: number;
    establishedOn: string | null;
    abolishedOn: string | null;
    periods: (Period & Names & { kind: LocalGovernmentKind; regionId: number })[];
    /** The designations it holds (some made to a predecessor: designatedAs). */
    designations: HistoryDesignation[];
  })[];
};

export type RegistryCity = Names & {
  slug: string;
  kind: LocalGovernmentKind;
  /** The year it (or a predecessor whose designation it holds) was first designated, when known. */
  firstYear: number | null;
  /** The latest year that first designation can have been made. */
  designatedByYear: number;
  /** The year of the designation in force that day (2026 for 김천시, first designated 2015). */
  designationYear: number;
  status: DesignationStatus;
  nextEvaluationYear: number | null;
  isOutcomeMissing: boolean;
  /** Whether the ministry's totals count it that day. */
  isCountedByMinistry: boolean;
};

export type RegistryOn = {
  asOf: string;
  regions: (Names & {
    slug: string;
    shortKo: string;
    shortEn: string;
    /** Local governments in the region that day (administrative cities included). */
    unitCount: number;
    cities: RegistryCity[];
  })[];
  /** Basic local governments (시·군·구) that day: the ministry's denominator. */
  basicCount: number;
  /** Every local government that day: basic ones, Sejong and Jeju's administrative cities. */
  unitCount: number;
};

export const existsOn = (thing: { establishedOn: string | null; abolishedOn: string | null }, day: string) =>
  (thing.establishedOn === null || thing.establishedOn <= day) && (thing.abolishedOn === null || thing.abolishedOn > day);
const covers = (period: Period, day: string) => (period.validFrom === null || period.validFrom <= day) && period.validUntil > day;

type Held = { designation: HistoryDesignation; standing: Extract<Standing, { state: 'active' }> };

export function registryOn(history: RegistryHistory, day: string): RegistryOn {
  const groups = new Map(
    history.regions
      .filter((region) => existsOn(region, day))
      .map((region) => {
        const then = region.periods.find((period) => covers(period, day)) ?? region;
        return [
          region.id,
          {
            slug: region.slug,
            nameKo: then.nameKo,
            nameEn: then.nameEn,
            shortKo: then.shortKo,
            shortEn: then.shortEn,
            unitCount: 0,
            cities: [] as RegistryCity[],
          },
        ];
      }),
  );
  const existing = new Map<string, { then: Names & { kind: LocalGovernmentKind; regionId: number } }>();
  let basicCount = 0;
  for (const lg of history.localGovernments) {
    if (!existsOn(lg, day)) continue;
    const then = lg.periods.find((period) => covers(period, day)) ?? lg;
    existing.set(lg.slug, { then });
    const group = groups.get(then.regionId);
    if (group) group.unitCount += 1;
    if ((BASIC_LOCAL_GOVERNMENT_KINDS as readonly string[]).includes(then.kind)) basicCount += 1;
  }

  // Each designation under the local government holding it that day.
  const held = new Map<string, Held[]>();
  const lineage = new Map<string, HistoryDesignation[]>();
  for (const lg of history.localGovernments) {
    for (const designation of lg.designations) {
      const holder = designation.designatedAs !== null && existing.has(designation.designatedAs) ? designation.designatedAs : lg.slug;
      if (!existing.has(holder)) continue;
      const standing = standingOn(designation.facts, history.rules, day);
      if (standing.state === 'notDesignated') continue;
      lineage.set(holder, [...(lineage.get(holder) ?? []), designation]);
      if (standing.state === 'active') held.set(holder, [...(held.get(holder) ?? []), { designation, standing }]);
    }
  }

  for (const lg of history.localGovernments) {
    const inForce = held.get(lg.slug);
    if (!inForce) continue;
    const { then } = existing.get(lg.slug)!;
    const current = [...inForce].sort((a, b) => b.designation.designatedByYear - a.designation.designatedByYear)[0]!;
    const first = [...lineage.get(lg.slug)!].sort((a, b) => a.designatedByYear - b.designatedByYear)[0]!;
    groups.get(then.regionId)?.cities.push({
      slug: lg.slug,
      nameKo: then.nameKo,
      nameEn: then.nameEn,
      kind: then.kind,
      firstYear: first.firstYear,
      designatedByYear: first.designatedByYear,
      designationYear: current.designation.designatedByYear,
      status: statusOf(current.standing),
      nextEvaluationYear: current.standing.nextDueYear,
      isOutcomeMissing: current.standing.isOutcomeMissing,
      isCountedByMinistry: inForce.some((entry) => entry.designation.isCountedByMinistry),
    });
  }
  return { asOf: day, regions: [...groups.values()], basicCount, unitCount: existing.size };
}
