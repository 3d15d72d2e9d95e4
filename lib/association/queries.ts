import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { isoDate } from '@/lib/core/dates';
import { db } from '@/lib/db';
import type { AssociationEventKind, OfficerRole } from '@/lib/generated/prisma/enums';
import { ORGANISATION_SELECT, toOrganisationRef, type OrganisationRef } from '@/lib/organisations/refs';

export type Sourced = { source: string; quote: string | null };
export type OfficerView = Sourced & {
  role: OfficerRole;
  termOrdinal: number | null;
  personKo: string | null;
  personEn: string | null;
  organisation: OrganisationRef;
  representsKo: string | null;
  representsEn: string | null;
  startedOn: string | null;
  endedOn: string | null;
  note: string | null;
};
export type AssociationEventView = Sourced & {
  kind: AssociationEventKind;
  heldOn: string;
  titleKo: string;
  titleEn: string;
  placeKo: string | null;
  placeEn: string | null;
};
export type MemberCountView = Sourced & {
  asOf: string;
  localGovernments: number | null;
  offices: number | null;
  total: number | null;
  note: string | null;
};
export type SuperintendentMember = {
  office: { slug: string; nameKo: string; nameEn: string };
  joinedOn: string | null;
  leftOn: string | null;
  source: string;
};
export type AssociationView = {
  events: AssociationEventView[];
  officers: OfficerView[];
  memberCounts: MemberCountView[];
  superintendents: SuperintendentMember[];
};

const SOURCED = { source: true, quote: true } as const;
const ROLE_ORDER: OfficerRole[] = [
  'chair',
  'senior_vice_chair',
  'vice_chair',
  'secretary_general',
  'director',
  'auditor',
  'regional_representative',
];

/** Officers in the order of their terms (undated ones, mostly the earliest known, first), then of their roles. */
export function sortOfficers<T extends Pick<OfficerView, 'startedOn' | 'role' | 'termOrdinal'>>(officers: readonly T[]): T[] {
  return [...officers].sort(
    (a, b) =>
      (a.startedOn ?? '').localeCompare(b.startedOn ?? '') ||
      (a.termOrdinal ?? 0) - (b.termOrdinal ?? 0) ||
      ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role),
  );
}

/** The association's history, officers over time, reported member counts, and the district
 * superintendents recorded as members by name. Carries `lists`: it names many local governments. */
export async function getAssociation(): Promise<AssociationView> {
  'use cache';
  cacheTag(CACHE_TAGS.lists, CACHE_TAGS.association);
  cacheLife('hours');
  const [events, officers, memberCounts, superintendents] = await Promise.all([
    db.associationEvent.findMany({
      orderBy: [{ heldOn: 'asc' }, { id: 'asc' }],
      select: { ...SOURCED, kind: true, heldOn: true, titleKo: true, titleEn: true, placeKo: true, placeEn: true },
    }),
    db.associationOfficer.findMany({
      orderBy: { id: 'asc' },
      select: {
        ...SOURCED,
        role: true,
        termOrdinal: true,
        personKo: true,
        personEn: true,
        representsKo: true,
        representsEn: true,
        startedOn: true,
        endedOn: true,
        note: true,
        organisation: { select: ORGANISATION_SELECT },
      },
    }),
    db.associationMemberCount.findMany({
      orderBy: [{ asOf: 'asc' }, { id: 'asc' }],
      select: { ...SOURCED, asOf: true, localGovernments: true, offices: true, total: true, note: true },
    }),
    db.membership.findMany({
      where: { kind: 'superintendent' },
      orderBy: [{ joinedOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      select: { joinedOn: true, leftOn: true, source: true, office: { select: { slug: true, nameKo: true, nameEn: true } } },
    }),
  ]);
  return {
    events,
    officers: sortOfficers(officers.map(({ organisation, ...officer }) => ({ ...officer, organisation: toOrganisationRef(organisation) }))),
    memberCounts,
    superintendents: superintendents
      .filter((member): member is typeof member & { office: NonNullable<typeof member.office> } => member.office !== null)
      .map((member) => ({
        office: member.office,
        joinedOn: member.joinedOn && isoDate(member.joinedOn),
        leftOn: member.leftOn && isoDate(member.leftOn),
        source: member.source,
      })),
  };
}
