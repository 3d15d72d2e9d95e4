import 'server-only';
import { requireAccess } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Option } from '@/lib/core/names';
import { STAFF_PAGE_SIZE } from '@/lib/core/pagination';
import { isoDate } from '@/lib/core/dates';

export async function listOffices(options: { q: string; page: number }) {
  await requireAccess('registry.read');
  const q = options.q.trim();
  const where: Prisma.OfficeOfEducationWhereInput = q
    ? { OR: [{ nameKo: { contains: q } }, { nameEn: { contains: q, mode: 'insensitive' } }] }
    : {};
  const [rows, total] = await Promise.all([
    db.officeOfEducation.findMany({
      where,
      orderBy: [{ region: { sortOrder: 'asc' } }, { level: 'desc' }, { id: 'asc' }],
      skip: (options.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: {
        id: true,
        level: true,
        nameKo: true,
        nameEn: true,
        abolishedOn: true,
        _count: { select: { jurisdictions: { where: { validUntil: null } } } },
      },
    }),
    db.officeOfEducation.count({ where }),
  ]);
  return {
    total,
    rows: rows.map(({ _count, abolishedOn, ...row }) => ({
      ...row,
      abolishedOn: abolishedOn && isoDate(abolishedOn),
      coverageCount: _count.jurisdictions,
    })),
  };
}

export async function getOfficeForEdit(id: number) {
  await requireAccess('registry.read');
  const office = await db.officeOfEducation.findUnique({
    where: { id },
    include: {
      parent: { select: { nameKo: true, nameEn: true } },
      successor: { select: { nameKo: true, nameEn: true } },
      jurisdictions: {
        orderBy: [{ validUntil: { sort: 'desc', nulls: 'first' } }, { id: 'asc' }],
        include: {
          localGovernment: { select: { id: true, nameKo: true, nameEn: true, region: { select: { shortKo: true, shortEn: true } } } },
        },
      },
    },
  });
  if (!office) return null;
  return {
    id: office.id,
    version: office.version,
    level: office.level,
    nameKo: office.nameKo,
    nameEn: office.nameEn,
    shortKo: office.shortKo,
    regionId: office.regionId,
    parent: office.parent,
    successor: office.successor,
    abolishedOn: office.abolishedOn && isoDate(office.abolishedOn),
    jurisdictions: office.jurisdictions.map((j) => ({
      id: j.id,
      validFrom: j.validFrom && isoDate(j.validFrom),
      validUntil: j.validUntil && isoDate(j.validUntil),
      localGovernment: j.localGovernment,
    })),
  };
}

/** Local governments of the office's region, and offices that could succeed it. */
export async function getOfficeOptions(office: {
  id: number;
  regionId: number;
  level: string;
}): Promise<{ localGovernments: Option[]; successors: Option[] }> {
  await requireAccess('registry.read');
  const [localGovernments, successors] = await Promise.all([
    db.localGovernment.findMany({
      where: { regionId: office.regionId, abolishedOn: null, kind: { not: 'special_city' } },
      orderBy: { code: 'asc' },
      select: { id: true, nameKo: true, nameEn: true, region: { select: { shortKo: true, shortEn: true } } },
    }),
    db.officeOfEducation.findMany({
      where: { level: office.level as 'district' | 'provincial', abolishedOn: null, id: { not: office.id } },
      orderBy: { nameKo: 'asc' },
      select: { id: true, nameKo: true, nameEn: true },
    }),
  ]);
  return {
    localGovernments: localGovernments.map((lg) => ({
      value: String(lg.id),
      labelKo: `${lg.region.shortKo} ${lg.nameKo}`,
      labelEn: `${lg.nameEn}, ${lg.region.shortEn}`,
    })),
    successors: successors.map((o) => ({ value: String(o.id), labelKo: o.nameKo, labelEn: o.nameEn })),
  };
}
