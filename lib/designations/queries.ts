import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { SOURCE_LINK_SELECT, type SourceLink, toSourceLinkOrNull } from '@/lib/announcements/source';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import type { EvaluationRule } from './schedule';

/** The re-designation rules in force over time (EvaluationRule rows), oldest first. */
export async function getEvaluationRules(): Promise<EvaluationRule[]> {
  'use cache';
  cacheTag(CACHE_TAGS.evaluationRules);
  cacheLife('hours');
  return db.evaluationRule.findMany({
    orderBy: { effectiveFromYear: 'asc' },
    select: {
      effectiveFromYear: true,
      firstAfterYears: true,
      intervalYears: true,
      followUpYears: true,
      passScore: true,
      exemptTopPercent: true,
    },
  });
}

export type RoundSummary = {
  year: number;
  evaluatedCount: number | null;
  redesignatedCount: number | null;
  outstandingCount: number | null;
  groupCode: string | null;
  source: SourceLink | null;
};

/** What sources say of whole evaluation rounds (EvaluationRound rows), with their sources. */
export async function getEvaluationRounds(): Promise<RoundSummary[]> {
  'use cache';
  cacheTag(CACHE_TAGS.evaluationRules);
  cacheLife('hours');
  const rows = await db.evaluationRound.findMany({
    orderBy: { year: 'asc' },
    select: {
      year: true,
      evaluatedCount: true,
      redesignatedCount: true,
      outstandingCount: true,
      group: { select: { code: true } },
      announcement: { select: SOURCE_LINK_SELECT },
    },
  });
  return rows.map(({ group, announcement, ...row }) => ({
    ...row,
    groupCode: group?.code ?? null,
    source: toSourceLinkOrNull(announcement),
  }));
}

export type GroupSummary = {
  code: string;
  nameKo: string;
  nameEn: string;
  scopeKo: string;
  scopeEn: string;
  firstRoundYear: number;
  source: SourceLink | null;
};

export type RuleSummary = EvaluationRule & {
  areaCount: number | null;
  fieldCount: number | null;
  indicatorCount: number | null;
  sources: { cycle: SourceLink | null; passScore: SourceLink | null; exemption: SourceLink | null; structure: SourceLink | null };
};

/** The evaluation groups and the rules, each with the source a reader can open (city pages cite them). */
export async function getScheduleReference(): Promise<{ groups: GroupSummary[]; rules: RuleSummary[] }> {
  'use cache';
  cacheTag(CACHE_TAGS.evaluationRules);
  cacheLife('hours');
  const [groups, rules] = await Promise.all([
    db.evaluationGroup.findMany({
      orderBy: { firstRoundYear: 'asc' },
      select: {
        code: true,
        nameKo: true,
        nameEn: true,
        scopeKo: true,
        scopeEn: true,
        firstRoundYear: true,
        announcement: { select: SOURCE_LINK_SELECT },
      },
    }),
    db.evaluationRule.findMany({
      orderBy: { effectiveFromYear: 'asc' },
      select: {
        effectiveFromYear: true,
        firstAfterYears: true,
        intervalYears: true,
        followUpYears: true,
        passScore: true,
        exemptTopPercent: true,
        areaCount: true,
        fieldCount: true,
        indicatorCount: true,
        cycleSource: { select: SOURCE_LINK_SELECT },
        passScoreSource: { select: SOURCE_LINK_SELECT },
        exemptionSource: { select: SOURCE_LINK_SELECT },
        structureSource: { select: SOURCE_LINK_SELECT },
      },
    }),
  ]);
  return {
    groups: groups.map(({ announcement, ...group }) => ({ ...group, source: toSourceLinkOrNull(announcement) })),
    rules: rules.map(({ cycleSource, passScoreSource, exemptionSource, structureSource, ...rule }) => ({
      ...rule,
      sources: {
        cycle: toSourceLinkOrNull(cycleSource),
        passScore: toSourceLinkOrNull(passScoreSource),
        exemption: toSourceLinkOrNull(exemptionSource),
        structure: toSourceLinkOrNull(structureSource),
      },
    })),
  };
}
