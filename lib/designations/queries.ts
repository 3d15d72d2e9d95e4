import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { SOURCE_LINK_SELECT, type SourceLink, toSourceLink } from '@/lib/announcements/source';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import type { EvaluationGroup, EvaluationRule } from './schedule';

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

/** An evaluation group with its id, so lists resolve a designation's group without a statement per relation. */
export type EvaluationGroupById = EvaluationGroup & { id: number };

/**
 * The rules and the groups, as lists need them to derive a standing: a designation's group is
 * resolved by id from these (list-item.ts), not read as a relation of every designation listed.
 */
export async function getEvaluationSchedule(): Promise<{ rules: EvaluationRule[]; groups: EvaluationGroupById[] }> {
  'use cache';
  // Rules, groups, rounds and announcements change only with the seed (no action writes them), so
  // not \`lists\`: a page reading this would otherwise render again on every edit of any city.
  cacheTag(CACHE_TAGS.evaluationRules);
  cacheLife('hours');
  const [rules, groups] = await Promise.all([
    getEvaluationRules(),
    db.evaluationGroup.findMany({
      orderBy: { firstRoundYear: 'asc' },
      select: { id: true, code: true, firstRoundYear: true, kinds: true, regionSlugs: true },
    }),
  ]);
  return { rules, groups };
}

export type RoundSummary = {
  year: number;
  evaluatedCount: number | null;
  redesignatedCount: number | null;
  outstandingCount: number | null;
  groupCode: string | null;
  source: SourceLink | null;
};

export type GroupSummary = {
  id: number;
  code: string;
  nameKo: string;
  nameEn: string;
  scopeKo: string;
  scopeEn: string;
  firstRoundYear: number;
  kinds: string[];
  regionSlugs: string[];
  source: SourceLink | null;
};

export type RuleSummary = EvaluationRule & {
  areaCount: number | null;
  fieldCount: number | null;
  indicatorCount: number | null;
  sources: { cycle: SourceLink | null; passScore: SourceLink | null; exemption: SourceLink | null; structure: SourceLink | null };
};

export type ScheduleReference = {
  rules: RuleSummary[];
  groups: GroupSummary[];
  rounds: RoundSummary[];
  /** Every announcement as a link, by id: what a page resolves its facts' sources from. */
  sources: (SourceLink & { id: number })[];
};

/**
 * The rules, the groups and what sources say of whole rounds, each with the source a reader can
 * open, and every source by id: four statements, whatever a page shows (the query budget).
 */
export async function getScheduleReference(): Promise<ScheduleReference> {
  'use cache';
  // Rules, groups, rounds and announcements change only with the seed (no action writes them), so
  // not \`lists\`: a page reading this would otherwise render again on every edit of any city.
  cacheTag(CACHE_TAGS.evaluationRules);
  cacheLife('hours');
  const [rules, groups, rounds, announcements] = await Promise.all([
    db.evaluationRule.findMany({ orderBy: { effectiveFromYear: 'asc' } }),
    db.evaluationGroup.findMany({ orderBy: { firstRoundYear: 'asc' } }),
    db.evaluationRound.findMany({ orderBy: { year: 'asc' } }),
    db.announcement.findMany({ select: { id: true, ...SOURCE_LINK_SELECT } }),
  ]);
  const sources = announcements.map(({ id, ...row }) => ({ id, ...toSourceLink(row) }));
  const byId = new Map(sources.map((source) => [source.id, source]));
  const link = (id: number | null): SourceLink | null => {
    const found = id === null ? undefined : byId.get(id);
    if (!found) return null;
    const { id: _id, ...source } = found;
    return source;
  };
  const groupCode = new Map(groups.map((group) => [group.id, group.code]));
  return {
    rules: rules.map((rule) => ({
      effectiveFromYear: rule.effectiveFromYear,
      firstAfterYears: rule.firstAfterYears,
      intervalYears: rule.intervalYears,
      followUpYears: rule.followUpYears,
      passScore: rule.passScore,
      exemptTopPercent: rule.exemptTopPercent,
      areaCount: rule.areaCount,
      fieldCount: rule.fieldCount,
      indicatorCount: rule.indicatorCount,
      sources: {
        cycle: link(rule.cycleSourceId),
        passScore: link(rule.passScoreSourceId),
        exemption: link(rule.exemptionSourceId),
        structure: link(rule.structureSourceId),
      },
    })),
    groups: groups.map((group) => ({
      id: group.id,
      code: group.code,
      nameKo: group.nameKo,
      nameEn: group.nameEn,
      scopeKo: group.scopeKo,
      scopeEn: group.scopeEn,
      firstRoundYear: group.firstRoundYear,
      kinds: group.kinds,
      regionSlugs: group.regionSlugs,
      source: link(group.announcementId),
    })),
    rounds: rounds.map((round) => ({
      year: round.year,
      evaluatedCount: round.evaluatedCount,
      redesignatedCount: round.redesignatedCount,
      outstandingCount: round.outstandingCount,
      groupCode: round.groupId === null ? null : (groupCode.get(round.groupId) ?? null),
      source: link(round.announcementId),
    })),
    sources,
  };
}

/** What sources say of whole evaluation rounds (EvaluationRound rows), with their sources. */
export async function getEvaluationRounds(): Promise<RoundSummary[]> {
  return (await getScheduleReference()).rounds;
}
