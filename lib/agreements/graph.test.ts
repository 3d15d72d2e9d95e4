import { describe, expect, it } from 'vitest';
import type { OrganisationRef } from '@/lib/organisations/refs';
import { agreementGraph } from './graph';

const org = (slug: string): OrganisationRef => ({
  slug,
  kind: 'association',
  nameKo: slug,
  nameEn: slug,
  citySlug: null,
  regionSlug: null,
  countryKo: null,
  countryEn: null,
});
const agreement = (slug: string, ...parties: string[]) => ({
  slug,
  titleKo: slug,
  titleEn: slug,
  parties: parties.map((p) => ({ organisation: org(p) })),
});

describe('who has agreements with whom', () => {
  it('joins every pair of parties to an agreement, once per pair, naming each agreement they share', () => {
    const { nodes, edges } = agreementGraph(
      [
        agreement('a', 'region-seoul', 'gyeonggi-gimpo-si'),
        agreement('b', 'region-seoul', 'labour', 'shelters'),
        agreement('c', 'gyeonggi-gimpo-si', 'region-seoul'),
      ],
      { radius: 100, centre: 150 },
    );
    expect(nodes.map((node) => node.slug)).toEqual(['region-seoul', 'gyeonggi-gimpo-si', 'labour', 'shelters']);
    expect(edges).toHaveLength(4);
    const seoulGimpo = edges.find((edge) => edge.from === 'gyeonggi-gimpo-si' && edge.to === 'region-seoul');
    expect(seoulGimpo?.agreements.map((a) => a.slug)).toEqual(['a', 'c']);
    expect(nodes.find((node) => node.slug === 'region-seoul')?.degree).toBe(3);
    // The first node sits at the top of the circle.
    expect(nodes[0]).toMatchObject({ x: 150, y: 50 });
  });
});
