import 'server-only';
import { requireAccess } from '@/lib/auth/session';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import { STAFF_PAGE_SIZE } from '@/lib/core/pagination';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ORGANISATION_SELECT, toOrganisationRef } from '@/lib/organisations/refs';
import { upcomingDeadlines, type AgreementDeadline } from './deadlines';
import { noticeFactsOf, termRulesOf } from './rules';
import { standingOn } from './standing';

const NOTICE_SELECT = { kind: true, givenOn: true, lastDayInForce: true } as const;
const toNotices = (notices: { kind: 'non_renewal' | 'termination'; givenOn: Date; lastDayInForce: Date | null }[]) =>
  notices.map((notice) => ({
    kind: notice.kind,
    givenOn: isoDate(notice.givenOn),
    lastDayInForce: notice.lastDayInForce && isoDate(notice.lastDayInForce),
  }));

export async function listAgreementsForStaff(options: { q: string; page: number }) {
  await requireAccess('registry.read');
  const q = options.q.trim();
  const where: Prisma.AgreementWhereInput = q
    ? { OR: [{ titleKo: { contains: q } }, { titleEn: { contains: q, mode: 'insensitive' } }, { slug: { contains: q.toLowerCase() } }] }
    : {};
  const [rows, total] = await Promise.all([
    db.agreement.findMany({
      where,
      orderBy: [{ signedOn: 'desc' }, { id: 'asc' }],
      skip: (options.page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        titleKo: true,
        titleEn: true,
        signedOn: true,
        initialTermMonths: true,
        initialTermUntil: true,
        renewalMonths: true,
        maxRenewals: true,
        noticeMonths: true,
        notices: { select: NOTICE_SELECT },
      },
    }),
    db.agreement.count({ where }),
  ]);
  const today = isoDate(todayInKorea());
  return {
    total,
    rows: rows.map(({ notices, ...row }) => ({ ...row, standing: standingOn(termRulesOf(row), noticeFactsOf(toNotices(notices)), today) })),
  };
}

export async function getAgreementForEdit(id: number) {
  await requireAccess('registry.read');
  const row = await db.agreement.findUnique({
    where: { id },
    include: {
      parties: { orderBy: [{ position: 'asc' }, { id: 'asc' }], include: { organisation: { select: ORGANISATION_SELECT } } },
      notices: { orderBy: [{ givenOn: 'asc' }, { id: 'asc' }], include: { byOrganisation: { select: ORGANISATION_SELECT } } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    parties: row.parties.map(({ organisation, ...party }) => ({ ...party, organisation: toOrganisationRef(organisation) })),
    notices: row.notices.map(({ byOrganisation, givenOn, lastDayInForce, ...notice }) => ({
      ...notice,
      givenOn: isoDate(givenOn),
      lastDayInForce: lastDayInForce && isoDate(lastDayInForce),
      by: byOrganisation && toOrganisationRef(byOrganisation),
    })),
  };
}

async function loadDeadlines(): Promise<AgreementDeadline[]> {
  const rows = await db.agreement.findMany({
    select: {
      id: true,
      slug: true,
      titleKo: true,
      titleEn: true,
      signedOn: true,
      initialTermMonths: true,
      initialTermUntil: true,
      renewalMonths: true,
      maxRenewals: true,
      noticeMonths: true,
      notices: { select: NOTICE_SELECT },
    },
  });
  return upcomingDeadlines(
    rows.map(({ notices, ...row }) => ({ ...row, notices: toNotices(notices) })),
    isoDate(todayInKorea()),
  );
}

/** Agreements ending, renewing or reaching a notice deadline within 60 days: the staff due list. */
export async function getAgreementDeadlines(): Promise<AgreementDeadline[]> {
  await requireAccess('registry.read');
  return loadDeadlines();
}

/** The same for the calendar feed, whose secret the caller resolved to a user allowed to read (lib/calendar/queries.ts). */
export async function getAgreementDeadlinesFor(_user: { id: string; email: string }): Promise<AgreementDeadline[]> {
  return loadDeadlines();
}
