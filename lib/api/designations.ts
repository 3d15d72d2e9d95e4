// /api/v1/designations: every designation with its evaluations and its standing today (for an
// abolished local government, on its last day, as its page shows it).
import 'server-only';
import { toDesignationFacts } from '@/lib/designations/facts';
import { getEvaluationRules } from '@/lib/designations/queries';
import { standingOn } from '@/lib/designations/schedule';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import { getDesignationRecords } from './queries';
import type { Built } from './result';
import type { Designation, DesignationsQuery } from './schemas';
import { standingFields } from './standing';

const DAY_MS = 86_400_000;
const ACTIVE_STATUSES: readonly string[] = ['designated', 'redesignated', 'conditional', 'withheld'];

export async function listDesignations(query: DesignationsQuery): Promise<Built<Designation>> {
  const [records, rules] = await Promise.all([getDesignationRecords(), getEvaluationRules()]);
  const today = todayInKorea();
  const items = records
    .filter((record) => query.year === undefined || record.firstYear === query.year)
    .map((record): Designation => {
      const lg = record.localGovernment;
      const isCurrent = (lg.establishedOn === null || lg.establishedOn <= today) && (lg.abolishedOn === null || lg.abolishedOn > today);
      const day = isCurrent || !lg.abolishedOn ? isoDate(today) : isoDate(new Date(lg.abolishedOn.getTime() - DAY_MS));
      const facts = toDesignationFacts(record);
      // In force today under the counting rule (lib/registry/as-of.ts): begun and not ended, held
      // by a local government that exists today. 인천 중구's and 동구's 2022 designations, their
      // local governments abolished on 2026-07-01 with no successor carrying them on, are not.
      const isInForce = isCurrent && standingOn(facts, rules, isoDate(today)).state === 'active';
      return {
        localGovernment: { slug: lg.slug, code: lg.code, nameKo: lg.nameKo, nameEn: lg.nameEn, region: lg.region, isCurrent },
        standingOn: day,
        isInForce,
        designatedAs: record.designatedAs,
        isCountedByMinistry: record.isCountedByMinistry,
        firstYear: record.firstYear,
        designatedByYear: record.designatedByYear,
        designatedOn: facts.designatedOn,
        evaluationCohortYear: facts.cohortYear,
        evaluationGroup: facts.group?.code ?? null,
        ...standingFields(standingOn(facts, rules, day)),
        source: record.source,
        note: record.note,
        evaluations: record.evaluations.map((evaluation) => ({ ...evaluation, heldOn: evaluation.heldOn && isoDate(evaluation.heldOn) })),
      };
    })
    // A standing in force (designated, re-designated, conditional, withheld) is asked of today:
    // a designation no longer in force does not answer it, whatever its last day's standing was.
    .filter(
      (designation) =>
        query.status === undefined ||
        (designation.status === query.status && (designation.isInForce || !ACTIVE_STATUSES.includes(query.status))),
    );
  return { items, asOf: isoDate(today) };
}
