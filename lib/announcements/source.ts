// A source as a reader opens it (issue 12): the announcement's title, issuer, date and citation,
// and its public address when there is one. Every page, API answer and download that names a
// source takes this one shape, so none shows a compiler's file name or working note. Client-safe.
import type { Prisma } from '@/lib/generated/prisma/client';
import { isoDate } from '@/lib/core/dates';

export const SOURCE_LINK_SELECT = {
  titleKo: true,
  titleEn: true,
  publishedOn: true,
  issuerKo: true,
  issuerEn: true,
  citation: true,
  url: true,
} as const satisfies Prisma.AnnouncementSelect;

export type SourceLink = {
  titleKo: string;
  titleEn: string;
  /** Null when the copy cited does not show its date. */
  publishedOn: string | null;
  issuerKo: string;
  issuerEn: string;
  /** Outlet or issuer, date, article number. */
  citation: string;
  /** Where to read it; null when no public address is known. */
  url: string | null;
};

type SourceRow = Prisma.AnnouncementGetPayload<{ select: typeof SOURCE_LINK_SELECT }>;

export const toSourceLink = (row: SourceRow): SourceLink => ({ ...row, publishedOn: row.publishedOn ? isoDate(row.publishedOn) : null });

export const toSourceLinkOrNull = (row: SourceRow | null): SourceLink | null => (row ? toSourceLink(row) : null);

/**
 * Where a fact comes from, as every reader gets it: the address to open (its announcement's, or
 * the citation itself when it is one), the citation, the announcement, and — when the fact is
 * inferred rather than announced — what it is inferred from, in Korean and English.
 */
export type FactSource = {
  url: string | null;
  citation: string;
  announcement: SourceLink | null;
  inference: { ko: string; en: string } | null;
};

const isAddress = (text: string) => /^https?:\/\/\S+$/.test(text);

export function factSource(options: {
  announcement: SourceLink | null;
  citation: string | null;
  inferenceKo?: string | null;
  inferenceEn?: string | null;
}): FactSource | null {
  const { announcement, citation } = options;
  const text = announcement?.citation ?? citation;
  if (!text) return null;
  return {
    url: announcement?.url ?? (citation && isAddress(citation) ? citation : null),
    citation: text,
    announcement,
    inference: options.inferenceKo && options.inferenceEn ? { ko: options.inferenceKo, en: options.inferenceEn } : null,
  };
}
