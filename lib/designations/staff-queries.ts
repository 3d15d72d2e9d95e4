import 'server-only';
import { requireAccess } from '@/lib/auth/session';
import { nameConditions } from '@/lib/cities/staff-queries';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DesignationStatus } from '@/lib/generated/prisma/enums';
import { localGovernmentExistsOn } from '@/lib/registry/existence';
import type { Option } from '@/lib/registry/options';
import { STAFF_PAGE_SIZE } from '@/lib/registry/pagination';
import { isoDate, todayInKorea } from '@/lib/registry/today';

export type DesignationRow = {
  id: number;
  firstYear: number | null;
  designatedByYear: number;
  status: DesignationStatus;
  localGovernment: { id: number; nameKo: string; nameEn: string; region: { shortKo: string; shortEn: string } };
};

export async function listDesignations(options: { q: string; status?: DesignationStatus; page: number }) {
  await requireAccess('registry.read');
  const where: Prisma.DesignationWhereInput = {
    ...(options.status ? { status: options.status } : {}),
    ...(options.q ? { localGovernment: { AND: nameConditions(options.q) } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.designation.findMany({
      where,
      orderBy: [{ designatedByYear: 'desc' }, { id: 'desc' }],
      skip: (options.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: {
        id: true,
        firstYear: true,
        designatedByYear: true,
        status: true,
        localGovernment: { select: { id: true, nameKo: true, nameEn: true, region: { select: { shortKo: true, shortEn: true } } } },
      },
    }),
    db.designation.count({ where }),
  ]);
  return { rows: rows as DesignationRow[], total };
}

export async function getDesignationForEdit(id: number) {
  await requireAccess('registry.read');
  const designation = await db.designation.findUnique({
    where: { id },
    include: { localGovernment: { include: { region: true } }, announcement: { select: { id: true, titleKo: true, titleEn: true } } },
  });
  if (!designation) return null;
  return {
    id: designation.id,
    version: designation.version,
    firstYear: designation.firstYear,
    designatedByYear: designation.designatedByYear,
    status: designation.status,
    endedOn: designation.endedOn && isoDate(designation.endedOn),
    source: designation.source,
    note: designation.note,
    announcementId: designation.announcementId,
    localGovernment: {
      id: designation.localGovernment.id,
      slug: designation.localGovernment.slug,
      nameKo: designation.localGovernment.nameKo,
      nameEn: designation.localGovernment.nameEn,
      region: { slug: designation.localGovernment.region.slug, shortKo: designation.localGovernment.region.shortKo, shortEn: designation.localGovernment.region.shortEn },
    },
  };
}


/** Local governments that exist today and have no active designation: who can be newly designated. */
export async function listDesignatableLocalGovernments(): Promise<Option[]> {
  await requireAccess('registry.read');
  const rows = await db.localGovernment.findMany({
    where: { ...localGovernmentExistsOn(todayInKorea()), designations: { none: { status: 'active' } } },
    orderBy: [{ region: { sortOrder: 'asc' } }, { code: 'asc' }],
    select: { id: true, nameKo: true, nameEn: true, region: { select: { shortKo: true, shortEn: true } } },
  });
  return rows.map((lg) => ({ value: String(lg.id), labelKo: `${lg.region.shortKo} ${lg.nameKo}`, labelEn: `${lg.nameEn}, ${lg.region.shortEn}` }));
}

export async function listAnnouncementOptions(): Promise<Option[]> {
  await requireAccess('registry.read');
  const rows = await db.announcement.findMany({ orderBy: { publishedOn: 'desc' }, select: { id: true, titleKo: true, titleEn: true, publishedOn: true } });
  return rows.map((a) => ({ value: String(a.id), labelKo: `${isoDate(a.publishedOn)} ${a.titleKo}`, labelEn: `${isoDate(a.publishedOn)} ${a.titleEn}` }));
}
