import 'server-only';
import { requireAccess } from '@/lib/auth/session';
import { nameConditions } from '@/lib/place-names/search-query';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { MembershipKind } from '@/lib/generated/prisma/enums';
import type { Option } from '@/lib/core/names';
import { STAFF_PAGE_SIZE } from '@/lib/core/pagination';
import { designationActiveOn } from '@/lib/designations/in-force';
import { isoDate, todayInKorea } from '@/lib/core/dates';

export type MembershipRow = {
  id: number;
  kind: MembershipKind;
  memberKo: string;
  memberEn: string;
  joinedOn: string | null;
  leftOn: string | null;
};

const MEMBER = {
  localGovernment: { select: { nameKo: true, nameEn: true, region: { select: { shortKo: true, shortEn: true } } } },
  office: { select: { nameKo: true, nameEn: true } },
} as const;

type MemberParts = {
  localGovernment: { nameKo: string; nameEn: string; region: { shortKo: string; shortEn: string } } | null;
  office: { nameKo: string; nameEn: string } | null;
};

function memberNames(row: MemberParts) {
  if (row.localGovernment) {
    const lg = row.localGovernment;
    return { memberKo: `${lg.region.shortKo} ${lg.nameKo}`, memberEn: `${lg.nameEn}, ${lg.region.shortEn}` };
  }
  return { memberKo: row.office?.nameKo ?? '', memberEn: row.office?.nameEn ?? '' };
}

export async function listMemberships(options: { q: string; kind?: MembershipKind; isCurrent?: boolean; page: number }) {
  await requireAccess('registry.read');
  const q = options.q.trim();
  const where: Prisma.MembershipWhereInput = {
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.isCurrent === true ? { leftOn: null } : options.isCurrent === false ? { leftOn: { not: null } } : {}),
    ...(q
      ? {
          OR: [
            { localGovernment: { AND: nameConditions(q) } },
            { office: { OR: [{ nameKo: { contains: q } }, { nameEn: { contains: q, mode: 'insensitive' } }] } },
          ],
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.membership.findMany({
      where,
      orderBy: [{ kind: 'asc' }, { id: 'asc' }],
      skip: (options.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: { id: true, kind: true, joinedOn: true, leftOn: true, ...MEMBER },
    }),
    db.membership.count({ where }),
  ]);
  return {
    total,
    rows: rows.map((row): MembershipRow => ({
      id: row.id,
      kind: row.kind,
      ...memberNames(row),
      joinedOn: row.joinedOn && isoDate(row.joinedOn),
      leftOn: row.leftOn && isoDate(row.leftOn),
    })),
  };
}

export async function getMembershipForEdit(id: number) {
  await requireAccess('registry.read');
  const row = await db.membership.findUnique({ where: { id }, include: MEMBER });
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    kind: row.kind,
    ...memberNames(row),
    joinedOn: row.joinedOn && isoDate(row.joinedOn),
    leftOn: row.leftOn && isoDate(row.leftOn),
    source: row.source,
    note: row.note,
  };
}

/** Who can become a member: heads of designated cities without a current membership, and district offices. */
export async function listMemberOptions(): Promise<{ localGovernments: Option[]; offices: Option[] }> {
  await requireAccess('registry.read');
  const [localGovernments, offices] = await Promise.all([
    db.localGovernment.findMany({
      where: { abolishedOn: null, designations: { some: designationActiveOn(todayInKorea()) }, memberships: { none: { leftOn: null } } },
      orderBy: [{ region: { sortOrder: 'asc' } }, { code: 'asc' }],
      select: { id: true, nameKo: true, nameEn: true, region: { select: { shortKo: true, shortEn: true } } },
    }),
    db.officeOfEducation.findMany({
      where: { level: 'district', abolishedOn: null, memberships: { none: { leftOn: null } } },
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
    offices: offices.map((o) => ({ value: String(o.id), labelKo: o.nameKo, labelEn: o.nameEn })),
  };
}
