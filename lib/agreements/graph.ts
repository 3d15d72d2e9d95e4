// Who has agreements with whom (issue 15): the parties as nodes and, for each pair of parties to
// the same agreement, an edge naming the agreements they share. Laid out on a circle for the
// server-drawn diagram; the same pairs make the table behind it. Pure.
import type { OrganisationRef } from '@/lib/organisations/refs';

type WithParties = { slug: string; titleKo: string; titleEn: string; parties: readonly { organisation: OrganisationRef }[] };

export type GraphNode = OrganisationRef & { x: number; y: number; degree: number };
export type GraphEdge = { from: string; to: string; agreements: { slug: string; titleKo: string; titleEn: string }[] };

export function agreementGraph(agreements: readonly WithParties[], options: { radius: number; centre: number }) {
  const organisations = new Map<string, OrganisationRef>();
  const edges = new Map<string, GraphEdge>();
  for (const agreement of agreements) {
    const parties = agreement.parties.map((party) => party.organisation);
    for (const party of parties) organisations.set(party.slug, party);
    for (let i = 0; i < parties.length; i++) {
      for (let j = i + 1; j < parties.length; j++) {
        const [from, to] = [parties[i]!.slug, parties[j]!.slug].sort() as [string, string];
        const key = `${from}|${to}`;
        const edge = edges.get(key) ?? { from, to, agreements: [] };
        edge.agreements.push({ slug: agreement.slug, titleKo: agreement.titleKo, titleEn: agreement.titleEn });
        edges.set(key, edge);
      }
    }
  }
  const degree = (slug: string) => [...edges.values()].filter((edge) => edge.from === slug || edge.to === slug).length;
  // Parties of one agreement sit next to each other: order by first appearance.
  const nodes = [...organisations.values()].map((organisation, index, all): GraphNode => {
    const angle = (2 * Math.PI * index) / all.length - Math.PI / 2;
    return {
      ...organisation,
      degree: degree(organisation.slug),
      x: Math.round((options.centre + options.radius * Math.cos(angle)) * 10) / 10,
      y: Math.round((options.centre + options.radius * Math.sin(angle)) * 10) / 10,
    };
  });
  return { nodes, edges: [...edges.values()] };
}
