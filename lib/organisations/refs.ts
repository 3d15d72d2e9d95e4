// An organisation as pages and the API show it (issue 15): a record of the registry is named by
// the record itself (a local government with its region, a region, an office of education), a
// body outside it by its own names. Client-safe: no database access here.
import type { OrganisationKind } from '@/lib/generated/prisma/enums';

/** What the reads select of an organisation to name it and link it. */
export const ORGANISATION_SELECT = {
  slug: true,
  kind: true,
  nameKo: true,
  nameEn: true,
  countryKo: true,
  countryEn: true,
  localGovernment: {
    select: { slug: true, nameKo: true, nameEn: true, region: { select: { slug: true, shortKo: true, shortEn: true } } },
  },
  region: { select: { slug: true, nameKo: true, nameEn: true, shortKo: true, shortEn: true } },
  office: { select: { slug: true, nameKo: true, nameEn: true, region: { select: { slug: true } } } },
} as const;

type SelectedOrganisation = {
  slug: string;
  kind: OrganisationKind;
  nameKo: string | null;
  nameEn: string | null;
  countryKo: string | null;
  countryEn: string | null;
  localGovernment: { slug: string; nameKo: string; nameEn: string; region: { slug: string; shortKo: string; shortEn: string } } | null;
  region: { slug: string; nameKo: string; nameEn: string; shortKo: string; shortEn: string } | null;
  office: { slug: string; nameKo: string; nameEn: string; region: { slug: string } } | null;
};

export type OrganisationRef = {
  slug: string;
  kind: OrganisationKind;
  nameKo: string;
  nameEn: string;
  /** The city page it links to, for a local government. */
  citySlug: string | null;
  /** The region it belongs to (or is), for the tile map and filters. */
  regionSlug: string | null;
  countryKo: string | null;
  countryEn: string | null;
};

export function toOrganisationRef(row: SelectedOrganisation): OrganisationRef {
  const base = { slug: row.slug, kind: row.kind, countryKo: row.countryKo, countryEn: row.countryEn };
  if (row.localGovernment) {
    const lg = row.localGovernment;
    return {
      ...base,
      nameKo: `${lg.region.shortKo} ${lg.nameKo}`,
      nameEn: `${lg.nameEn}, ${lg.region.shortEn}`,
      citySlug: lg.slug,
      regionSlug: lg.region.slug,
    };
  }
  if (row.region) return { ...base, nameKo: row.region.nameKo, nameEn: row.region.nameEn, citySlug: null, regionSlug: row.region.slug };
  if (row.office)
    return { ...base, nameKo: row.office.nameKo, nameEn: row.office.nameEn, citySlug: null, regionSlug: row.office.region.slug };
  return { ...base, nameKo: row.nameKo ?? row.slug, nameEn: row.nameEn ?? row.slug, citySlug: null, regionSlug: null };
}

/** Kinds that name a record of the registry, whose names are the record's own. */
export const LINKED_KINDS = ['local_government', 'region', 'office_of_education'] as const;
/** Kinds of bodies outside the registry, named by staff. */
export const NAMED_KINDS = ['public_agency', 'association', 'international_body', 'foreign_city'] as const;
