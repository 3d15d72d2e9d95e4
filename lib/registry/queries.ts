import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import { DESIGNATION_FACTS_SELECT, toDesignationFacts } from '@/lib/designations/facts';
import { getEvaluationRules } from '@/lib/designations/queries';
import { type RegistryHistory, type RegistryOn, registryOn } from './as-of';
import {
  countOn,
  countsOf,
  newDesignationsIn,
  publishedTotalFor,
  type NationalCounts,
  type PublishedMeasure,
  type RegionCounts,
  regionCountsOf,
  registryCountFor,
} from './counting';
import { localGovernmentExistsOn } from '@/lib/core/existence';
import { designationActiveOn } from '@/lib/designations/in-force';
import { isoDate, todayInKorea } from '@/lib/core/dates';

export type { RegistryOn } from './as-of';

export type HeadlineFigures = {
  asOf: string;
  /** Today's national figures, counted by the registry's one rule (./counting.ts). */
  counts: NationalCounts;
  members: { mayors: number; superintendents: number };
  latestYear: number | null;
  latest: { slug: string; nameKo: string; nameEn: string; region: { shortKo: string; shortEn: string } }[];
};

export async function getHeadlineFigures(): Promise<HeadlineFigures> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const today = todayInKorea();
  const exists = localGovernmentExistsOn(today);
  const active = designationActiveOn(today);
  const currentMember = { OR: [{ leftOn: null }, { leftOn: { gt: today } }] };
  const [history, mayors, superintendents, latestYear] = await Promise.all([
    getRegistryHistory(),
    db.membership.count({ where: { kind: 'mayor', ...currentMember } }),
    db.membership.count({ where: { kind: 'superintendent', ...currentMember } }),
    db.designation.aggregate({ where: { AND: [active, { localGovernment: exists }] }, _max: { firstYear: true } }),
  ]);
  const year = latestYear._max?.firstYear ?? null;
  const latest =
    year === null
      ? []
      : await db.localGovernment.findMany({
          where: { ...exists, designations: { some: { AND: [active, { firstYear: year }] } } },
          orderBy: { code: 'asc' },
          select: { slug: true, nameKo: true, nameEn: true, region: { select: { shortKo: true, shortEn: true } } },
        });
  return {
    asOf: isoDate(today),
    counts: countOn(history, isoDate(today)),
    members: { mayors, superintendents },
    latestYear: year,
    latest,
  };
}

/** A published total beside the registry's count of the same thing on the day it describes. */
export type PublishedTotal = {
  slug: string;
  value: number;
  asOf: string;
  outlet: string;
  url: string;
  registryCount: number;
};

export type RegistryAsOf = RegistryOn & {
  counts: NationalCounts;
  /** The total of learning cities published for that year up to the day, when there is one (publishedTotalFor). */
  published: PublishedTotal | null;
  /** Designations first made in that day's year that the ministry counts (the whole year). */
  newDesignations: { year: number; count: number };
};

/**
 * The registry as it stood on a day (issue 4): the regions and local governments of that day
 * under their names of that day, and the cities whose designation was in force, with their
 * standing derived from the events up to that day (lib/registry/as-of.ts), and that day's
 * national figures (lib/registry/counting.ts).
 */
export async function getRegistryAsOf(asOf: string): Promise<RegistryAsOf> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const [history, figures] = await Promise.all([getRegistryHistory(), getPublishedFigures()]);
  const registry = registryOn(history, asOf);
  const figure = publishedTotalFor(
    figures.filter((f) => f.measure === 'learning_cities'),
    asOf,
  );
  const year = Number(asOf.slice(0, 4));
  return {
    ...registry,
    counts: countsOf(registry),
    newDesignations: { year, count: newDesignationsIn(history, year) },
    published: figure
      ? {
          slug: figure.slug,
          value: figure.value,
          asOf: figure.asOf,
          outlet: figure.outlet,
          url: figure.url,
          registryCount: registryCountFor(history, figure),
        }
      : null,
  };
}

/** The national figures on a day (today by default): the one function every page and the API count with. */
export async function getNationalCounts(asOf: string): Promise<NationalCounts & { regions: RegionCounts[] }> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const registry = registryOn(await getRegistryHistory(), asOf);
  return { ...countsOf(registry), regions: regionCountsOf(registry) };
}

/** Today's national figures (Asia/Seoul). */
export async function getTodaysCounts(): Promise<NationalCounts & { regions: RegionCounts[] }> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  return getNationalCounts(isoDate(todayInKorea()));
}

export type PublishedFigure = {
  slug: string;
  measure: PublishedMeasure;
  value: number;
  asOf: string;
  year: number | null;
  publishedOn: string | null;
  outlet: string;
  url: string;
  quote: string;
  explanationKo: string | null;
  explanationEn: string | null;
  sortOrder: number;
};

/** Every figure public sources state (PublishedFigure rows), in their order. */
export async function getPublishedFigures(): Promise<PublishedFigure[]> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const rows = await db.publishedFigure.findMany({ orderBy: { sortOrder: 'asc' } });
  return rows.map(({ id: _id, createdAt: _created, asOf, publishedOn, ...row }) => ({
    ...row,
    asOf: isoDate(asOf),
    publishedOn: publishedOn && isoDate(publishedOn),
  }));
}

export type Reconciliation = {
  /** The registry's count of each figure's measure on its day, and the difference. */
  rows: (PublishedFigure & { registryCount: number; difference: number })[];
};

/** Every published figure beside the registry's count of the same thing (the reconciliation page). */
export async function getReconciliation(): Promise<Reconciliation> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const [history, figures] = await Promise.all([getRegistryHistory(), getPublishedFigures()]);
  return {
    rows: figures.map((figure) => {
      const registryCount = registryCountFor(history, figure);
      return { ...figure, registryCount, difference: figure.value - registryCount };
    }),
  };
}

/** Everything the registry on any day is worked out from, read once: regions, local governments, their periods and designations, and the rules. */
export async function getRegistryHistory(): Promise<RegistryHistory> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const day = (value: Date | null) => (value ? isoDate(value) : null);
  const period = (p: { validFrom: Date | null; validUntil: Date }) => ({ validFrom: day(p.validFrom), validUntil: isoDate(p.validUntil) });
  const [regions, localGovernments, rules] = await Promise.all([
    db.region.findMany({
      orderBy: { sortOrder: 'asc' },
      select: {
        id: true,
        slug: true,
        nameKo: true,
        nameEn: true,
        shortKo: true,
        shortEn: true,
        establishedOn: true,
        abolishedOn: true,
        periods: { select: { validFrom: true, validUntil: true, nameKo: true, nameEn: true, shortKo: true, shortEn: true } },
      },
    }),
    db.localGovernment.findMany({
      orderBy: [{ code: 'asc' }, { slug: 'asc' }],
      select: {
        slug: true,
        kind: true,
        nameKo: true,
        nameEn: true,
        regionId: true,
        establishedOn: true,
        abolishedOn: true,
        periods: { select: { validFrom: true, validUntil: true, kind: true, nameKo: true, nameEn: true, regionId: true } },
        designations: { select: { ...DESIGNATION_FACTS_SELECT, isCountedByMinistry: true, designatedAs: { select: { slug: true } } } },
      },
    }),
    getEvaluationRules(),
  ]);
  return {
    rules,
    regions: regions.map((region) => ({
      ...region,
      establishedOn: day(region.establishedOn),
      abolishedOn: day(region.abolishedOn),
      periods: region.periods.map((p) => ({ ...p, ...period(p) })),
    })),
    localGovernments: localGovernments.map((lg) => ({
      ...lg,
      establishedOn: day(lg.establishedOn),
      abolishedOn: day(lg.abolishedOn),
      periods: lg.periods.map((p) => ({ ...p, ...period(p) })),
      designations: lg.designations.map((d) => ({
        firstYear: d.firstYear,
        designatedByYear: d.designatedByYear,
        designatedAs: d.designatedAs?.slug ?? null,
        isCountedByMinistry: d.isCountedByMinistry,
        facts: toDesignationFacts(d),
      })),
    })),
  };
}
