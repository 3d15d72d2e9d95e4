// /api/v1/cities/{slug}: the city page's read (getCityPage), as the API's shape. Its allocations
// are the published ones only: getCityPage never reads drafts.
import 'server-only';
import { getCityPage } from '@/lib/cities/queries';
import { type BuiltResource, notFound } from './result';
import { regionNames } from './regions';
import type { CityDetail, PUBLISHED_ALLOCATION_STATUSES } from './schemas';
import { standingFields } from './standing';

type PublishedStatus = (typeof PUBLISHED_ALLOCATION_STATUSES)[number];
const ref = ({ slug, nameKo, nameEn }: { slug: string; nameKo: string; nameEn: string }) => ({ slug, nameKo, nameEn });

export async function getCity(slug: string): Promise<BuiltResource<CityDetail>> {
  const page = await getCityPage(slug);
  if (!page) return notFound('local government', slug);
  return {
    resource: {
      slug: page.slug,
      code: page.code,
      kind: page.kind,
      nameKo: page.nameKo,
      nameEn: page.nameEn,
      region: regionNames(page.region),
      isCurrent: page.isCurrent,
      currentSince: page.currentSince,
      establishedOn: page.establishedOn,
      abolishedOn: page.abolishedOn,
      formerNames: page.periods.map((period) => ({
        validFrom: period.validFrom,
        validUntil: period.validUntil,
        code: period.code,
        kind: period.kind,
        nameKo: period.nameKo,
        nameEn: period.nameEn,
        region: regionNames(period.region),
      })),
      predecessors: page.predecessors.map((s) => ({
        ...ref(s),
        kind: s.kind,
        effectiveOn: s.effectiveOn,
        designations: s.designations.map((d) => ({ firstYear: d.firstYear, designatedByYear: d.designatedByYear, heldBy: ref(d.heldBy) })),
      })),
      successors: page.successors.map((s) => ({ ...ref(s), kind: s.kind, effectiveOn: s.effectiveOn })),
      standingOn: page.today,
      designations: page.designations.map((designation) => ({
        designatedAs: designation.designatedAs && ref(designation.designatedAs),
        isCountedByMinistry: designation.isCountedByMinistry,
        firstYear: designation.firstYear,
        designatedByYear: designation.designatedByYear,
        designatedOn: designation.facts.designatedOn,
        evaluationCohortYear: designation.facts.cohortYear,
        evaluationGroup: designation.groupCode,
        ...standingFields(designation.standing),
        // A designation always has a source (NOT NULL), so this is never null.
        source: designation.source!,
        note: designation.note,
        evaluations: designation.evaluations,
      })),
      officesOfEducation: page.offices.map((office) => ({
        ...ref(office),
        validFrom: office.validFrom,
        validUntil: office.validUntil,
        parent: office.parent && ref(office.parent),
      })),
      membership: page.membership,
      allocations: page.allocations.map((allocation) => ({
        programme: {
          code: allocation.programme.code,
          year: allocation.year,
          nameKo: allocation.programme.nameKo,
          nameEn: allocation.programme.nameEn,
        },
        // Won as a JSON number: amounts are bounded by MAX_WON (10^13), far below 2^53.
        amount: Number(allocation.amount),
        amountMin: allocation.amountMin === null ? null : Number(allocation.amountMin),
        isAmountApproximate: allocation.isAmountApproximate,
        status: allocation.status as PublishedStatus,
        announcement: allocation.announcement,
      })),
    },
  };
}
