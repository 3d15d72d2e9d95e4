import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import type { EvaluationOutcome } from '@/lib/generated/prisma/enums';
import { getPublishedFigures, getRegistryHistory } from '@/lib/registry/queries';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import { type DesignationYear, designationYears } from './series';

export type EvaluationYear = {
  year: number;
  /** Outcomes recorded city by city. */
  recorded: Record<EvaluationOutcome, number>;
  /** What a source says of the whole round, when it names no cities. */
  round: { evaluatedCount: number | null; redesignatedCount: number | null } | null;
};

export type FundingYear = {
  year: number;
  total: bigint;
  /** The total's lower bound where amounts in it were announced only as ranges; else the total. */
  totalMin: bigint;
  isApproximate: boolean;
  programmes: { code: string; nameKo: string; nameEn: string; recipients: number; total: bigint; totalMin: bigint }[];
};

export type Statistics = { asOf: string; designations: DesignationYear[]; evaluations: EvaluationYear[]; funding: FundingYear[] };

const OUTCOMES: EvaluationOutcome[] = ['redesignated', 'conditional', 'withheld', 'cancelled', 'withdrawn'];

/** Everything the statistics page shows, read once and cached; published money only. */
export async function getStatistics(): Promise<Statistics> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const today = isoDate(todayInKorea());
  const [history, figures, outcomes, rounds, programmes] = await Promise.all([
    getRegistryHistory(),
    getPublishedFigures(),
    db.evaluation.groupBy({ by: ['dueYear', 'outcome'], _count: { _all: true } }),
    db.evaluationRound.findMany({ select: { year: true, evaluatedCount: true, redesignatedCount: true } }),
    db.programme.findMany({
      orderBy: [{ year: 'asc' }, { code: 'asc' }],
      select: {
        year: true,
        code: true,
        nameKo: true,
        nameEn: true,
        allocations: {
          where: { status: { in: ['announced', 'disbursed'] } },
          select: { amount: true, amountMin: true, isAmountApproximate: true },
        },
      },
    }),
  ]);

  const evaluationYears = [...new Set([...outcomes.map((o) => o.dueYear), ...rounds.map((r) => r.year)])].sort((a, b) => a - b);
  const evaluations = evaluationYears.map((year) => ({
    year,
    recorded: Object.fromEntries(
      OUTCOMES.map((outcome) => [outcome, outcomes.find((o) => o.dueYear === year && o.outcome === outcome)?._count._all ?? 0]),
    ) as Record<EvaluationOutcome, number>,
    round: rounds.find((r) => r.year === year) ?? null,
  }));

  const funding: FundingYear[] = [];
  for (const programme of programmes) {
    if (programme.allocations.length === 0) continue;
    let year = funding.find((f) => f.year === programme.year);
    if (!year) funding.push((year = { year: programme.year, total: 0n, totalMin: 0n, isApproximate: false, programmes: [] }));
    const total = programme.allocations.reduce((sum, allocation) => sum + allocation.amount, 0n);
    const totalMin = programme.allocations.reduce((sum, allocation) => sum + (allocation.amountMin ?? allocation.amount), 0n);
    year.total += total;
    year.totalMin += totalMin;
    year.isApproximate ||= programme.allocations.some((allocation) => allocation.isAmountApproximate);
    year.programmes.push({
      code: programme.code,
      nameKo: programme.nameKo,
      nameEn: programme.nameEn,
      recipients: programme.allocations.length,
      total,
      totalMin,
    });
  }

  return {
    asOf: today,
    designations: designationYears(history, { today, published: figures.filter((figure) => figure.measure === 'learning_cities') }),
    evaluations,
    funding,
  };
}
