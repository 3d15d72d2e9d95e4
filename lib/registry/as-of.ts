// The registry on a day, worked out from its history (issue 4): regions and local governments
// that existed that day, under that day's names, kinds and regions (their periods), and the
// designations in force that day (lib/designations/schedule.ts). Pure, so one read of the
// history serves any number of days (the statistics count every year's end).
import { type DesignationFacts, type EvaluationRule, standingOn } from '@/lib/designations/schedule';
import { type DesignationStatus, statusOf } from '@/lib/designations/status';
import type { LocalGovernmentKind } from '@/lib/generated/prisma/enums';
import { BASIC_LOCAL_GOVERNMENT_KINDS } from '@/lib/core/existence';

type Period = { validFrom: string | null; validUntil: string };
type Names = { nameKo: string; nameEn: string };

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
    designations: { firstYear: number | null; designatedByYear: number; facts: DesignationFacts }[];
  })[];
};

export type RegistryCity = Names & {
  slug: string;
  kind: LocalGovernmentKind;
  firstYear: number | null;
  designatedByYear: number;
  status: DesignationStatus;
  nextEvaluationYear: number | null;
  isOutcomeMissing: boolean;
};

export type RegistryAsOf = {
  asOf: string;
  regions: (Names & {
    slug: string;
    shortKo: string;
    shortEn: string;
    /** Local governments in the region that day (administrative cities included). */
    unitCount: number;
    cities: RegistryCity[];
  })[];
  /** Learning cities that day: every local government with a designation in force. */
  designatedCount: number;
  /** Of them, basic local governments (시·군·구): the ministry's count, and all of those that day. */
  basicDesignatedCount: number;
  basicCount: number;
  /** The total the ministry reported for that year, when one is recorded. */
  reported: { year: number; total: number; source: string } | null;
};

const existsOn = (thing: { establishedOn: string | null; abolishedOn: string | null }, day: string) =>
  (thing.establishedOn === null || thing.establishedOn <= day) && (thing.abolishedOn === null || thing.abolishedOn > day);
const covers = (period: Period, day: string) => (period.validFrom === null || period.validFrom <= day) && period.validUntil > day;

export function registryOn(history: RegistryHistory, day: string): Omit<RegistryAsOf, 'reported'> {
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
  let basicCount = 0;
  let basicDesignatedCount = 0;
  for (const lg of history.localGovernments) {
    if (!existsOn(lg, day)) continue;
    const then = lg.periods.find((period) => covers(period, day)) ?? lg;
    const isBasic = (BASIC_LOCAL_GOVERNMENT_KINDS as readonly string[]).includes(then.kind);
    const group = groups.get(then.regionId);
    if (group) group.unitCount += 1;
    if (isBasic) basicCount += 1;
    for (const designation of lg.designations) {
      const standing = standingOn(designation.facts, history.rules, day);
      if (standing.state !== 'active') continue;
      if (isBasic) basicDesignatedCount += 1;
      group?.cities.push({
        slug: lg.slug,
        nameKo: then.nameKo,
        nameEn: then.nameEn,
        kind: then.kind,
        firstYear: designation.firstYear,
        designatedByYear: designation.designatedByYear,
        status: statusOf(standing),
        nextEvaluationYear: standing.nextDueYear,
        isOutcomeMissing: standing.isOutcomeMissing,
      });
    }
  }
  const regions = [...groups.values()];
  return {
    asOf: day,
    regions,
    designatedCount: regions.reduce((sum, region) => sum + region.cities.length, 0),
    basicDesignatedCount,
    basicCount,
  };
}
