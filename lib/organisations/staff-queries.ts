import 'server-only';
import { requireAccess } from '@/lib/auth/session';
import type { Option } from '@/lib/core/names';
import { STAFF_PAGE_SIZE } from '@/lib/core/pagination';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ORGANISATION_SELECT, toOrganisationRef } from './refs';

/** Every body that can be a party or a member, as one list of choices: local governments that exist,
 * regions, offices of education, and the organisations outside the registry. */
export async function listPartyOptions(): Promise<Option[]> {
  await requireAccess('registry.read');
  const [localGovernments, regions, offices, organisations] = await Promise.all([
    db.localGovernment.findMany({
      where: { abolishedOn: null },
      orderBy: [{ region: { sortOrder: 'asc' } }, { code: 'asc' }],
      select: { id: true, nameKo: true, nameEn: true, region: { select: { shortKo: true, shortEn: true } } },
    }),
    db.region.findMany({ where: { abolishedOn: null }, orderBy: { sortOrder: 'asc' }, select: { id: true, nameKo: true, nameEn: true } }),
    db.officeOfEducation.findMany({
      where: { abolishedOn: null },
      orderBy: { nameKo: 'asc' },
      select: { id: true, nameKo: true, nameEn: true },
    }),
    db.organisation.findMany({
      where: { nameKo: { not: null } },
      orderBy: { nameKo: 'asc' },
      select: { id: true, nameKo: true, nameEn: true },
    }),
  ]);
  return [
    ...regions.map((r) => ({ value: `region:${r.id}`, labelKo: r.nameKo, labelEn: r.nameEn })),
    ...localGovernments.map((lg) => ({
      value: `lg:${lg.id}`,
      labelKo: `${lg.region.shortKo} ${lg.nameKo}`,
      labelEn: `${lg.nameEn}, ${lg.region.shortEn}`,
    })),
    ...offices.map((o) => ({ value: `office:${o.id}`, labelKo: o.nameKo, labelEn: o.nameEn })),
    ...organisations.map((o) => ({ value: `org:${o.id}`, labelKo: o.nameKo!, labelEn: o.nameEn! })),
  ];
}

export async function listOrganisations(options: { q: string; page: number }) {
  await requireAccess('registry.read');
  const q = options.q.trim();
  const where: Prisma.OrganisationWhereInput = q
    ? { OR: [{ nameKo: { contains: q } }, { nameEn: { contains: q, mode: 'insensitive' } }, { slug: { contains: q.toLowerCase() } }] }
    : {};
  const [rows, total] = await Promise.all([
    db.organisation.findMany({
      where,
      orderBy: [{ kind: 'asc' }, { slug: 'asc' }],
      skip: (options.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: { id: true, ...ORGANISATION_SELECT },
    }),
    db.organisation.count({ where }),
  ]);
  return { total, rows: rows.map((row) => ({ id: row.id, ...toOrganisationRef(row) })) };
}

export async function getOrganisationForEdit(id: number) {
  await requireAccess('registry.read');
  const row = await db.organisation.findUnique({
    where: { id },
    select: { id: true, version: true, url: true, note: true, ...ORGANISATION_SELECT },
  });
  if (!row) return null;
  return { id: row.id, version: row.version, url: row.url, note: row.note, isLinked: row.nameKo === null, ...toOrganisationRef(row) };
}
