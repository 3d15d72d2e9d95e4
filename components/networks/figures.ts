// Figures a network's pages show, each from one function (data standards: "every figure from one function").
import type { NetworkView, ReportedCount } from '@/lib/networks/queries';

/** The latest count of Korean members a source reports, if any. */
export function latestKoreanCount(network: Pick<NetworkView, 'counts'>): ReportedCount | null {
  return network.counts.filter((count) => count.scope === 'korea').at(-1) ?? null;
}

/** Members named in the registry (status member), applicants, and those who left. */
export function memberTally(network: Pick<NetworkView, 'members'>) {
  return {
    members: network.members.filter((member) => member.status === 'member').length,
    applied: network.members.filter((member) => member.status === 'applied').length,
    left: network.members.filter((member) => member.status === 'left').length,
  };
}
