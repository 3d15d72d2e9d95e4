import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import type { AnnouncementKind } from '@/lib/generated/prisma/enums';
import { isoDate } from '@/lib/core/dates';

export type AnnouncementSummary = {
  slug: string;
  kind: AnnouncementKind;
  titleKo: string;
  titleEn: string;
  /** Null when the copy cited does not show its date. */
  publishedOn: string | null;
  issuerKo: string;
  issuerEn: string;
  citation: string;
  url: string | null;
  designationCount: number;
  evaluationCount: number;
  allocationCount: number;
};

/** Every source the registry cites, newest first, with how many facts rest on it. */
export async function getAnnouncements(): Promise<AnnouncementSummary[]> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const rows = await db.announcement.findMany({
    orderBy: [{ publishedOn: { sort: 'desc', nulls: 'last' } }, { slug: 'asc' }],
    select: {
      slug: true,
      kind: true,
      titleKo: true,
      titleEn: true,
      publishedOn: true,
      issuerKo: true,
      issuerEn: true,
      citation: true,
      url: true,
      _count: { select: { designations: true, evaluations: true, allocations: true } },
    },
  });
  return rows.map(({ _count, publishedOn, ...row }) => ({
    ...row,
    publishedOn: publishedOn ? isoDate(publishedOn) : null,
    designationCount: _count.designations,
    evaluationCount: _count.evaluations,
    allocationCount: _count.allocations,
  }));
}
