// Reads for the staff screens of programmes and allocations: not cached (editors must see the
// latest), refused to anyone without subsidies.read (house style §5).
import 'server-only';
import { requireAccess } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AllocationStatus, RecipientKind } from '@/lib/generated/prisma/enums';
import type { Option } from '@/lib/core/names';
import { STAFF_PAGE_SIZE } from '@/lib/core/pagination';
import { isoDate } from '@/lib/core/dates';

type RegionNames = { shortKo: string; shortEn: string };
export type RecipientView = { kind: RecipientKind; id: number; slug: string; nameKo: string; nameEn: string; region: RegionNames | null };

const RECIPIENT_SELECT = {
  recipientKind: true,
  localGovernment: { select: { id: true, slug: true, nameKo: true, nameEn: true, region: { select: { shortKo: true, shortEn: true } } } },
  region: { select: { id: true, slug: true, nameKo: true, nameEn: true, shortKo: true, shortEn: true } },
} as const;

function recipientOf(row: Prisma.AllocationGetPayload<{ select: typeof RECIPIENT_SELECT }>): RecipientView {
  if (row.localGovernment) return { kind: 'local_government', ...row.localGovernment };
  const region = row.region!;
  return { kind: 'region', id: region.id, slug: region.slug, nameKo: region.shortKo, nameEn: region.shortEn, region: null };
}

export type ProgrammeRow = {
  id: number;
  code: string;
  year: number;
  nameKo: string;
  nameEn: string;
  recipientKind: RecipientKind;
  amountPerRecipient: bigint | null;
  isAmountApproximate: boolean;
  allocations: number;
};

export async function listProgrammes(options: { year?: number }): Promise<ProgrammeRow[]> {
  await requireAccess('subsidies.read');
  const rows = await db.programme.findMany({
    where: options.year ? { year: options.year } : {},
    orderBy: [{ year: 'desc' }, { code: 'asc' }],
    select: {
      id: true,
      code: true,
      year: true,
      nameKo: true,
      nameEn: true,
      recipientKind: true,
      amountPerRecipient: true,
      isAmountApproximate: true,
      _count: { select: { allocations: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, allocations: _count.allocations }));
}

export async function listProgrammeYears(): Promise<number[]> {
  await requireAccess('subsidies.read');
  const rows = await db.programme.findMany({ distinct: ['year'], orderBy: { year: 'desc' }, select: { year: true } });
  return rows.map((row) => row.year);
}

export async function getProgrammeForEdit(id: number) {
  await requireAccess('subsidies.read');
  const programme = await db.programme.findUnique({
    where: { id },
    include: {
      announcement: { select: { titleKo: true, titleEn: true } },
      allocations: {
        orderBy: [{ localGovernment: { region: { sortOrder: 'asc' } } }, { region: { sortOrder: 'asc' } }, { id: 'asc' }],
        select: { id: true, amount: true, isAmountApproximate: true, status: true, ...RECIPIENT_SELECT },
      },
    },
  });
  if (!programme) return null;
  const { allocations, ...rest } = programme;
  return {
    ...rest,
    allocations: allocations.map((a) => ({
      id: a.id,
      amount: a.amount,
      isAmountApproximate: a.isAmountApproximate,
      status: a.status,
      recipient: recipientOf(a),
    })),
  };
}

export type AllocationRow = {
  id: number;
  year: number;
  programme: { id: number; code: string; nameKo: string; nameEn: string };
  recipient: RecipientView;
  amount: bigint;
  isAmountApproximate: boolean;
  status: AllocationStatus;
};

export async function listAllocations(options: {
  year?: number;
  status?: AllocationStatus;
  page: number;
}): Promise<{ rows: AllocationRow[]; total: number }> {
  await requireAccess('subsidies.read');
  const where: Prisma.AllocationWhereInput = {
    ...(options.year ? { programme: { year: options.year } } : {}),
    ...(options.status ? { status: options.status } : {}),
  };
  const [rows, total] = await Promise.all([
    db.allocation.findMany({
      where,
      orderBy: [{ programme: { year: 'desc' } }, { programme: { code: 'asc' } }, { id: 'asc' }],
      skip: (options.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: {
        id: true,
        amount: true,
        isAmountApproximate: true,
        status: true,
        programme: { select: { id: true, code: true, year: true, nameKo: true, nameEn: true } },
        ...RECIPIENT_SELECT,
      },
    }),
    db.allocation.count({ where }),
  ]);
  return {
    rows: rows.map((row) => ({
      id: row.id,
      year: row.programme.year,
      programme: row.programme,
      recipient: recipientOf(row),
      amount: row.amount,
      isAmountApproximate: row.isAmountApproximate,
      status: row.status,
    })),
    total,
  };
}

export async function getAllocationForEdit(id: number) {
  await requireAccess('subsidies.read');
  const allocation = await db.allocation.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      amount: true,
      isAmountApproximate: true,
      status: true,
      note: true,
      announcementId: true,
      programme: { select: { id: true, code: true, year: true, nameKo: true, nameEn: true, recipientKind: true } },
      ...RECIPIENT_SELECT,
    },
  });
  if (!allocation) return null;
  return { ...allocation, recipient: recipientOf(allocation) };
}

/** Who can receive money from a programme of this kind: every local government, or every region. */
export async function listRecipientOptions(kind: RecipientKind): Promise<Option[]> {
  await requireAccess('subsidies.read');
  if (kind === 'region') {
    const regions = await db.region.findMany({
      orderBy: { sortOrder: 'asc' },
      select: { id: true, shortKo: true, shortEn: true, abolishedOn: true },
    });
    return regions.map((r) => ({
      value: String(r.id),
      labelKo: r.abolishedOn ? `${r.shortKo} (~${isoDate(r.abolishedOn)})` : r.shortKo,
      labelEn: r.abolishedOn ? `${r.shortEn} (until ${isoDate(r.abolishedOn)})` : r.shortEn,
    }));
  }
  const lgs = await db.localGovernment.findMany({
    orderBy: [{ region: { sortOrder: 'asc' } }, { code: 'asc' }],
    select: { id: true, nameKo: true, nameEn: true, abolishedOn: true, region: { select: { shortKo: true, shortEn: true } } },
  });
  return lgs.map((lg) => ({
    value: String(lg.id),
    labelKo: `${lg.region.shortKo} ${lg.nameKo}${lg.abolishedOn ? ` (~${isoDate(lg.abolishedOn)})` : ''}`,
    labelEn: `${lg.nameEn}, ${lg.region.shortEn}${lg.abolishedOn ? ` (until ${isoDate(lg.abolishedOn)})` : ''}`,
  }));
}

export async function listProgrammeOptions(): Promise<Option[]> {
  await requireAccess('subsidies.read');
  const rows = await db.programme.findMany({
    orderBy: [{ year: 'desc' }, { code: 'asc' }],
    select: { id: true, year: true, nameKo: true, nameEn: true },
  });
  return rows.map((p) => ({ value: String(p.id), labelKo: `${p.year} ${p.nameKo}`, labelEn: `${p.year} ${p.nameEn}` }));
}

export async function listSubsidyAnnouncementOptions(): Promise<Option[]> {
  await requireAccess('subsidies.read');
  const rows = await db.announcement.findMany({
    orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { slug: 'asc' }],
    select: { id: true, titleKo: true, titleEn: true, publishedOn: true },
  });
  // An announcement whose copy shows no date is listed by its title alone.
  const prefix = (publishedOn: Date | null) => (publishedOn ? `${isoDate(publishedOn)} ` : '');
  return rows.map((a) => ({
    value: String(a.id),
    labelKo: `${prefix(a.publishedOn)}${a.titleKo}`,
    labelEn: `${prefix(a.publishedOn)}${a.titleEn}`,
  }));
}

/** An announcement's stated total against its linked allocations (drafts aside), if it states one. */
export async function getAnnouncementTotal(announcementId: number | null) {
  await requireAccess('subsidies.read');
  if (announcementId === null) return null;
  const [announcement, linked] = await Promise.all([
    db.announcement.findUnique({
      where: { id: announcementId },
      select: { titleKo: true, titleEn: true, statedTotal: true, isStatedTotalApproximate: true },
    }),
    db.allocation.aggregate({ where: { announcementId, status: { not: 'draft' } }, _sum: { amount: true }, _count: true }),
  ]);
  if (!announcement?.statedTotal) return null;
  const linkedTotal = linked._sum.amount ?? 0n;
  return {
    ...announcement,
    statedTotal: announcement.statedTotal,
    linkedTotal,
    linkedAllocations: linked._count,
    difference: linkedTotal - announcement.statedTotal,
  };
}
