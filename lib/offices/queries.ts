import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import { localGovernmentExistsOn } from '@/lib/core/existence';
import { designationActiveOn } from '@/lib/designations/in-force';
import { isoDate, todayInKorea } from '@/lib/core/dates';

type Ref = { slug: string; nameKo: string; nameEn: string };

export type OfficesDirectory = {
  provincial: Ref & {
    region: { slug: string; shortKo: string; shortEn: string };
    establishedOn: string | null;
    districts: (Ref & {
      localGovernments: (Ref & { region: { shortKo: string; shortEn: string }; isDesignated: boolean; since: string | null })[];
    })[];
  };
}[];

export type FormerProvincialOffice = Ref & { abolishedOn: string; successor: Ref | null };

/** Today's provincial offices, each with its district offices and the local governments they cover. */
export async function getOfficesDirectory(): Promise<{ offices: OfficesDirectory; former: FormerProvincialOffice[] }> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const today = todayInKorea();
  const current = { OR: [{ abolishedOn: null }, { abolishedOn: { gt: today } }] };
  const [provincial, former] = await Promise.all([
    db.officeOfEducation.findMany({
      where: { level: 'provincial', ...current },
      orderBy: { region: { sortOrder: 'asc' } },
      select: {
        slug: true,
        nameKo: true,
        nameEn: true,
        establishedOn: true,
        region: { select: { slug: true, shortKo: true, shortEn: true } },
        children: {
          where: current,
          orderBy: { id: 'asc' },
          select: {
            slug: true,
            nameKo: true,
            nameEn: true,
            jurisdictions: {
              where: {
                OR: [{ validUntil: null }, { validUntil: { gt: today } }],
                localGovernment: localGovernmentExistsOn(today),
              },
              orderBy: { localGovernment: { code: 'asc' } },
              select: {
                validFrom: true,
                localGovernment: {
                  select: {
                    slug: true,
                    nameKo: true,
                    nameEn: true,
                    region: { select: { shortKo: true, shortEn: true } },
                    designations: { where: designationActiveOn(today), select: { id: true }, take: 1 },
                  },
                },
              },
            },
          },
        },
      },
    }),
    db.officeOfEducation.findMany({
      where: { level: 'provincial', abolishedOn: { lte: today } },
      select: {
        slug: true,
        nameKo: true,
        nameEn: true,
        abolishedOn: true,
        successor: { select: { slug: true, nameKo: true, nameEn: true } },
      },
    }),
  ]);
  return {
    offices: provincial.map(({ children, establishedOn, ...office }) => ({
      provincial: {
        ...office,
        establishedOn: establishedOn && isoDate(establishedOn),
        districts: children.map(({ jurisdictions, ...district }) => ({
          ...district,
          localGovernments: jurisdictions.map(({ localGovernment: { designations, ...lg }, validFrom }) => ({
            ...lg,
            isDesignated: designations.length > 0,
            since: validFrom && isoDate(validFrom),
          })),
        })),
      },
    })),
    former: former.map((office) => ({ ...office, abolishedOn: isoDate(office.abolishedOn!) })),
  };
}
