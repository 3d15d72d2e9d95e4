// Members of a network by region, for the tile map and the table behind it. Pure.
import type { NetworkMember } from './queries';

export type RegionTally = { slug: string; members: number };

/** Members (not applicants, not those who left) per region, by the region each belongs to today. */
export function membersByRegion(members: readonly Pick<NetworkMember, 'status' | 'organisation'>[]): Map<string, number> {
  const tally = new Map<string, number>();
  for (const member of members) {
    const region = member.organisation.regionSlug;
    if (member.status !== 'member' || !region) continue;
    tally.set(region, (tally.get(region) ?? 0) + 1);
  }
  return tally;
}
