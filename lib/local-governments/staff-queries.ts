// Reads for the staff screens: not cached (editors must see the latest), and refused to anyone
// without the permission (house style §5).
import 'server-only';
import { requireAccess } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { STAFF_PAGE_SIZE } from '@/lib/core/pagination';
import { nameConditions } from '@/lib/place-names/search-query';
import { DESIGNATION_FACTS_SELECT, toDesignationFacts } from '@/lib/designations/facts';
import { getEvaluationRules } from '@/lib/designations/queries';
import { standingOn } from '@/lib/designations/schedule';
import { statusOf } from '@/lib/designations/status';
import { regionExistsOn } from '@/lib/core/existence';
import { designationActiveOn } from '@/lib/designations/in-force';
import { isoDate, todayInKorea } from '@/lib/core/dates';

export type RegionOption = { id: number; slug: string; nameKo: string; nameEn: string };

export async function listRegionOptions(): Promise<RegionOption[]> {
  await requireAccess('registry.read');
  return db.region.findMany({
    where: regionExistsOn(todayInKorea()),
    orderBy: { sortOrder: 'asc' },
    select: { id: true, slug: true, nameKo: true, nameEn: true },
  });
}

export type LocalGovernmentRow = {
  id: number;
  code: string | null;
  nameKo: string;
  nameEn: string;
  kind: string;
  region: { shortKo: string; shortEn: string };
  abolishedOn: string | null;
  isDesignated: boolean;
};

export async function listLocalGovernments(options: { q: string; regionId?: number; page: number }) {
  await requireAccess('registry.read');
  const where: Prisma.LocalGovernmentWhereInput = {
    AND: [...nameConditions(options.q), ...(options.regionId ? [{ regionId: options.regionId }] : [])],
  };
  const [rows, total] = await Promise.all([
    db.localGovernment.findMany({
      where,
      orderBy: { code: 'asc' },
      skip: (options.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        nameKo: true,
        nameEn: true,
        kind: true,
        abolishedOn: true,
        region: { select: { shortKo: true, shortEn: true } },
        designations: { where: designationActiveOn(todayInKorea()), select: { id: true }, take: 1 },
      },
    }),
    db.localGovernment.count({ where }),
  ]);
  return {
    total,
    rows: rows.map(({ designations, abolishedOn, ...row }): LocalGovernmentRow => ({
      ...row,
      abolishedOn: abolishedOn && isoDate(abolishedOn),
      isDesignated: designations.length > 0,
    })),
  };
}

export async function getLocalGovernmentForEdit(id: number) {
  await requireAccess('registry.read');
  const lg = await db.localGovernment.findUnique({
    where: { id },
    include: {
      region: true,
      periods: { orderBy: { validUntil: 'desc' }, include: { region: { select: { shortKo: true, shortEn: true } } } },
      designations: { orderBy: { designatedByYear: 'desc' }, select: { id: true, ...DESIGNATION_FACTS_SELECT } },
    },
  });
  if (!lg) return null;
  const [rules, today] = [await getEvaluationRules(), isoDate(todayInKorea())];
  return {
    id: lg.id,
    slug: lg.slug,
    version: lg.version,
    code: lg.code,
    kind: lg.kind,
    nameKo: lg.nameKo,
    nameEn: lg.nameEn,
    regionId: lg.regionId,
    region: { shortKo: lg.region.shortKo, shortEn: lg.region.shortEn, nameKo: lg.region.nameKo, nameEn: lg.region.nameEn },
    currentSince: lg.currentSince && isoDate(lg.currentSince),
    establishedOn: lg.establishedOn && isoDate(lg.establishedOn),
    abolishedOn: lg.abolishedOn && isoDate(lg.abolishedOn),
    periods: lg.periods.map((p) => ({
      validFrom: p.validFrom && isoDate(p.validFrom),
      validUntil: isoDate(p.validUntil),
      code: p.code,
      nameKo: p.nameKo,
      nameEn: p.nameEn,
      region: p.region,
    })),
    designations: lg.designations.map((d) => ({
      id: d.id,
      firstYear: d.firstYear,
      designatedByYear: d.designatedByYear,
      status: statusOf(standingOn(toDesignationFacts(d), rules, today)),
    })),
  };
}
