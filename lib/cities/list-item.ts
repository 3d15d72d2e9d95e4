// A local government as lists show it: region pages, search results, the offices directory.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { LocalGovernmentKind } from '@/lib/generated/prisma/enums';

export type CityListItem = {
  slug: string;
  code: string;
  kind: LocalGovernmentKind;
  nameKo: string;
  nameEn: string;
  region: { slug: string; shortKo: string; shortEn: string };
  /** Exists today (not abolished). */
  isCurrent: boolean;
  isDesignated: boolean;
  /** Year of first designation, when known. */
  firstYear: number | null;
  /** Latest year it can have been designated (2019 for the Chungbuk cities without a known year). */
  designatedByYear: number | null;
};

export const CITY_LIST_SELECT = {
  slug: true,
  code: true,
  kind: true,
  nameKo: true,
  nameEn: true,
  establishedOn: true,
  abolishedOn: true,
  region: { select: { slug: true, shortKo: true, shortEn: true } },
  designations: { where: { status: 'active' }, select: { firstYear: true, designatedByYear: true }, take: 1 },
} satisfies Prisma.LocalGovernmentSelect;

type CityListRow = Prisma.LocalGovernmentGetPayload<{ select: typeof CITY_LIST_SELECT }>;

export function toCityListItem(row: CityListRow, today: Date): CityListItem {
  const designation = row.designations[0];
  const isCurrent =
    (row.establishedOn === null || row.establishedOn <= today) && (row.abolishedOn === null || row.abolishedOn > today);
  return {
    slug: row.slug,
    code: row.code,
    kind: row.kind,
    nameKo: row.nameKo,
    nameEn: row.nameEn,
    region: row.region,
    isCurrent,
    isDesignated: Boolean(designation) && isCurrent,
    firstYear: designation?.firstYear ?? null,
    designatedByYear: designation?.designatedByYear ?? null,
  };
}
