// Whether a query parameter names something the registry has: an unknown region or programme is
// a mistake the API reports (400), where the pages would quietly show nothing.
import 'server-only';
import { getRegionSlugs } from '@/lib/regions/queries';
import { getPublicProgrammes } from './queries';

/** A region's slug, today's or a former one (gwangju, merged away in 2026). */
export async function isKnownRegion(slug: string): Promise<boolean> {
  return (await getRegionSlugs()).includes(slug);
}

/** A programme line's code, of any year. */
export async function isKnownProgramme(code: string): Promise<boolean> {
  return (await getPublicProgrammes()).some((programme) => programme.code === code);
}
