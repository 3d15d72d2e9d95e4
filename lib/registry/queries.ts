import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import { BASIC_LOCAL_GOVERNMENT_KINDS, localGovernmentExistsOn } from './existence';
import { isoDate, todayInKorea } from './today';

export type HeadlineFigures = {
  asOf: string;
  /** Local governments with an active designation today (Sejong and Jeju's cities included). */
  designatedCount: number;
  /** Basic local governments (시·군·구) today: 227 since 2026-07-01. */
  basicLocalGovernmentCount: number;
  members: { mayors: number; superintendents: number };
  latestYear: number | null;
  latest: { slug: string; nameKo: string; nameEn: string; region: { shortKo: string; shortEn: string } }[];
};

export async function getHeadlineFigures(): Promise<HeadlineFigures> {
  'use cache';
  cacheTag(CACHE_TAGS.registry);
  cacheLife('hours');
  const today = todayInKorea();
  const exists = localGovernmentExistsOn(today);
  const designated = { ...exists, designations: { some: { status: 'active' as const } } };
  const currentMember = { OR: [{ leftOn: null }, { leftOn: { gt: today } }] };
  const [designatedCount, basicLocalGovernmentCount, mayors, superintendents, latestYear] = await Promise.all([
    db.localGovernment.count({ where: designated }),
    db.localGovernment.count({ where: { ...exists, kind: { in: [...BASIC_LOCAL_GOVERNMENT_KINDS] } } }),
    db.membership.count({ where: { kind: 'mayor', ...currentMember } }),
    db.membership.count({ where: { kind: 'superintendent', ...currentMember } }),
    db.designation.aggregate({ where: { status: 'active' }, _max: { firstYear: true } }),
  ]);
  const year = latestYear._max.firstYear;
  const latest =
    year === null
      ? []
      : await db.localGovernment.findMany({
          where: { ...exists, designations: { some: { status: 'active', firstYear: year } } },
          orderBy: { code: 'asc' },
          select: { slug: true, nameKo: true, nameEn: true, region: { select: { shortKo: true, shortEn: true } } },
        });
  return {
    asOf: isoDate(today),
    designatedCount,
    basicLocalGovernmentCount,
    members: { mayors, superintendents },
    latestYear: year,
    latest,
  };
}
