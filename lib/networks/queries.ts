import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { NetworkCountScope, NetworkMembershipStatus } from '@/lib/generated/prisma/enums';
import { ORGANISATION_SELECT, toOrganisationRef, type OrganisationRef } from '@/lib/organisations/refs';

export type Sourced = { source: string; quote: string | null };
export type NetworkRoleView = Sourced & { titleKo: string; titleEn: string; startedOn: string | null; endedOn: string | null };
export type NetworkMember = Sourced & {
  organisation: OrganisationRef;
  status: NetworkMembershipStatus;
  appliedOn: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  note: string | null;
  roles: NetworkRoleView[];
};
export type ReportedCount = Sourced & {
  asOf: string;
  scope: NetworkCountScope;
  memberCount: number;
  countryCount: number | null;
  note: string | null;
};
export type AwardView = Sourced & { organisation: OrganisationRef; year: number; nameKo: string; nameEn: string };
export type NetworkView = {
  slug: string;
  nameKo: string;
  nameEn: string;
  shortKo: string;
  shortEn: string;
  foundedOn: string | null;
  descriptionKo: string;
  descriptionEn: string;
  url: string | null;
  source: string;
  members: NetworkMember[];
  counts: ReportedCount[];
  awards: AwardView[];
};

const SOURCED = { source: true, quote: true } as const;
const NETWORK_SELECT = {
  slug: true,
  nameKo: true,
  nameEn: true,
  shortKo: true,
  shortEn: true,
  foundedOn: true,
  descriptionKo: true,
  descriptionEn: true,
  url: true,
  source: true,
  memberships: {
    orderBy: [{ joinedOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    select: {
      ...SOURCED,
      status: true,
      appliedOn: true,
      joinedOn: true,
      leftOn: true,
      note: true,
      organisation: { select: ORGANISATION_SELECT },
      roles: { orderBy: { id: 'asc' }, select: { ...SOURCED, titleKo: true, titleEn: true, startedOn: true, endedOn: true } },
    },
  },
  counts: {
    orderBy: [{ asOf: 'asc' }, { scope: 'asc' }],
    select: { ...SOURCED, asOf: true, scope: true, memberCount: true, countryCount: true, note: true },
  },
  awards: {
    orderBy: [{ year: 'asc' }, { id: 'asc' }],
    select: { ...SOURCED, year: true, nameKo: true, nameEn: true, organisation: { select: ORGANISATION_SELECT } },
  },
} satisfies Prisma.NetworkSelect;

type NetworkRow = Awaited<ReturnType<typeof findNetworks>>[number];

function findNetworks(where: { slug?: string } = {}) {
  return db.network.findMany({ where, orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }], select: NETWORK_SELECT });
}

function toNetworkView({ memberships, ...row }: NetworkRow): NetworkView {
  return {
    ...row,
    members: memberships.map(({ organisation, ...membership }) => ({ ...membership, organisation: toOrganisationRef(organisation) })),
    awards: row.awards.map(({ organisation, ...award }) => ({ ...award, organisation: toOrganisationRef(organisation) })),
  };
}

/**
 * Every network with its Korean members, roles, reported counts and awards. It names many local
 * governments, so it carries `lists` (a rename reaches it) besides `networks`.
 */
export async function getNetworks(): Promise<NetworkView[]> {
  'use cache';
  cacheTag(CACHE_TAGS.lists, CACHE_TAGS.networks);
  cacheLife('hours');
  return (await findNetworks()).map(toNetworkView);
}

export async function getNetwork(slug: string): Promise<NetworkView | null> {
  'use cache';
  cacheTag(CACHE_TAGS.lists, CACHE_TAGS.networks);
  cacheLife('hours');
  const [row] = await findNetworks({ slug });
  return row ? toNetworkView(row) : null;
}

export async function getNetworkSlugs(): Promise<string[]> {
  'use cache';
  cacheTag(CACHE_TAGS.networks);
  cacheLife('hours');
  return (await db.network.findMany({ orderBy: { sortOrder: 'asc' }, select: { slug: true } })).map((row) => row.slug);
}

export type CityNetworkMembership = Omit<NetworkMember, 'organisation'> & {
  network: { slug: string; nameKo: string; nameEn: string; shortKo: string; shortEn: string };
};
export type CityNetworks = { memberships: CityNetworkMembership[]; awards: (Omit<AwardView, 'organisation'> & { networkSlug: string })[] };

/** One local government's networks and awards, for its city page (under its own `city:` tag:
 * an edit of a network expires the pages of its members). */
export async function getCityNetworks(slug: string): Promise<CityNetworks> {
  'use cache';
  cacheTag(CACHE_TAGS.city(slug));
  cacheLife('hours');
  const organisation = { localGovernment: { slug } };
  const network = { select: { slug: true, nameKo: true, nameEn: true, shortKo: true, shortEn: true } } as const;
  const [memberships, awards] = await Promise.all([
    db.networkMembership.findMany({
      where: { organisation },
      orderBy: [{ network: { sortOrder: 'asc' } }],
      select: {
        ...SOURCED,
        status: true,
        appliedOn: true,
        joinedOn: true,
        leftOn: true,
        note: true,
        network,
        roles: { orderBy: { id: 'asc' }, select: { ...SOURCED, titleKo: true, titleEn: true, startedOn: true, endedOn: true } },
      },
    }),
    db.award.findMany({
      where: { organisation },
      orderBy: { year: 'asc' },
      select: { ...SOURCED, year: true, nameKo: true, nameEn: true, network: { select: { slug: true } } },
    }),
  ]);
  return {
    memberships,
    awards: awards.map(({ network: { slug: networkSlug }, ...award }) => ({ ...award, networkSlug })),
  };
}
