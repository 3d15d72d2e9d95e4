// /api/v1/programmes and /api/v1/allocations: the subsidy figures the public may read. Drafts
// are never among them (lib/api/queries.ts reads published allocations only).
import 'server-only';
import { isKnownProgramme, isKnownRegion } from './known';
import { getPublicProgrammes, getPublishedAllocations } from './queries';
import { type Built, unknownValue } from './result';
import type { Allocation, AllocationsQuery, Programme, ProgrammesQuery } from './schemas';

export async function listProgrammes(query: ProgrammesQuery): Promise<Built<Programme>> {
  const programmes = await getPublicProgrammes();
  return { items: programmes.filter((programme) => query.year === undefined || programme.year === query.year) };
}

export async function listAllocations(query: AllocationsQuery): Promise<Built<Allocation>> {
  if (query.programme !== undefined && !(await isKnownProgramme(query.programme)))
    return unknownValue('programme', query.programme, 'programme');
  if (query.region !== undefined && !(await isKnownRegion(query.region))) return unknownValue('region', query.region, 'region');
  const allocations = await getPublishedAllocations();
  const items = allocations.filter(
    (allocation) =>
      (query.year === undefined || allocation.programme.year === query.year) &&
      (query.programme === undefined || allocation.programme.code === query.programme) &&
      (query.region === undefined || allocation.region.slug === query.region),
  );
  return { items };
}
