import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
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
    select: { effectiveFromYear: true, firstAfterYears: true, intervalYears: true, followUpYears: true },
  });
}

/** What sources say of whole evaluation rounds that name no cities (EvaluationRound rows). */
export async function getEvaluationRounds(): Promise<{ year: number; evaluatedCount: number | null; redesignatedCount: number | null }[]> {
  'use cache';
  cacheTag(CACHE_TAGS.evaluationRules);
  cacheLife('hours');
  return db.evaluationRound.findMany({ orderBy: { year: 'asc' }, select: { year: true, evaluatedCount: true, redesignatedCount: true } });
}
