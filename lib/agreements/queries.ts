import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AgreementNoticeKind, AgreementTopic } from '@/lib/generated/prisma/enums';
import { ORGANISATION_SELECT, toOrganisationRef, type OrganisationRef } from '@/lib/organisations/refs';
import type { StoredNotice, StoredTerm } from './rules';

export type AgreementPartyView = {
  organisation: OrganisationRef;
  roleKo: string | null;
  roleEn: string | null;
  signatoryKo: string | null;
  signatoryEn: string | null;
};
export type AgreementNoticeView = StoredNotice & {
  kind: AgreementNoticeKind;
  by: OrganisationRef | null;
  source: string;
  note: string | null;
};
export type AgreementView = StoredTerm & {
  slug: string;
  titleKo: string;
  titleEn: string;
  placeKo: string | null;
  placeEn: string | null;
  purposeKo: string;
  purposeEn: string;
  topics: AgreementTopic[];
  isNoticeWritten: boolean;
  termTextKo: string | null;
  termTextEn: string | null;
  source: string;
  note: string | null;
  parties: AgreementPartyView[];
  notices: AgreementNoticeView[];
};
export type AgreementDetail = AgreementView & {
  /** The day its standing is shown for: today in Korea when the page was read. */
  today: string;
  documents: { titleKo: string; titleEn: string; language: string; text: string; source: string }[];
};

const AGREEMENT_SELECT = {
  slug: true,
  titleKo: true,
  titleEn: true,
  signedOn: true,
  placeKo: true,
  placeEn: true,
  purposeKo: true,
  purposeEn: true,
  topics: true,
  initialTermMonths: true,
  initialTermUntil: true,
  renewalMonths: true,
  maxRenewals: true,
  noticeMonths: true,
  isNoticeWritten: true,
  termTextKo: true,
  termTextEn: true,
  source: true,
  note: true,
  parties: {
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: { roleKo: true, roleEn: true, signatoryKo: true, signatoryEn: true, organisation: { select: ORGANISATION_SELECT } },
  },
  notices: {
    orderBy: [{ givenOn: 'asc' }, { id: 'asc' }],
    select: { kind: true, givenOn: true, lastDayInForce: true, source: true, note: true, byOrganisation: { select: ORGANISATION_SELECT } },
  },
} satisfies Prisma.AgreementSelect;

type AgreementRow = Awaited<ReturnType<typeof findAgreements>>[number];

function findAgreements(where: { slug?: string; parties?: { some: { organisation: { localGovernment: { slug: string } } } } } = {}) {
  return db.agreement.findMany({ where, orderBy: [{ signedOn: 'desc' }, { slug: 'asc' }], select: AGREEMENT_SELECT });
}

function toAgreementView(row: AgreementRow): AgreementView {
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

/** Every agreement with its parties and notices, newest first. Their standing on a day is derived by
 * the caller (lib/agreements/standing.ts), never stored. Carries `lists`: it names local governments. */
export async function getAgreements(): Promise<AgreementView[]> {
  'use cache';
  cacheTag(CACHE_TAGS.lists, CACHE_TAGS.agreements);
  cacheLife('hours');
  return (await findAgreements()).map(toAgreementView);
}

export async function getAgreement(slug: string): Promise<AgreementDetail | null> {
  'use cache';
  cacheTag(CACHE_TAGS.lists, CACHE_TAGS.agreements);
  cacheLife('hours');
  const [row] = await findAgreements({ slug });
  if (!row) return null;
  const documents = await db.agreementDocument.findMany({
    where: { agreement: { slug } },
    orderBy: { position: 'asc' },
    select: { titleKo: true, titleEn: true, language: true, text: true, source: true },
  });
  return { ...toAgreementView(row), documents, today: isoDate(todayInKorea()) };
}

export async function getAgreementSlugs(): Promise<string[]> {
  'use cache';
  cacheTag(CACHE_TAGS.agreements);
  cacheLife('hours');
  return (await db.agreement.findMany({ orderBy: { slug: 'asc' }, select: { slug: true } })).map((row) => row.slug);
}

/** The agreements a local government is a party to, for its city page (under its own `city:` tag). */
export async function getCityAgreements(slug: string): Promise<{ agreements: AgreementView[]; today: string }> {
  'use cache';
  cacheTag(CACHE_TAGS.city(slug));
  cacheLife('hours');
  const rows = await findAgreements({ parties: { some: { organisation: { localGovernment: { slug } } } } });
  return { agreements: rows.map(toAgreementView), today: isoDate(todayInKorea()) };
}
