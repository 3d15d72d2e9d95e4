import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import type { FactSource, SourceLink } from '@/lib/announcements/source';
import { getDesignationRecords, getPublishedAllocations } from '@/lib/api/queries';
import { CACHE_TAGS } from '@/lib/cache-tags';
import { nextEvaluationView } from '@/lib/cities/next-evaluation';
import { CITY_LIST_SELECT, toCityListItem } from '@/lib/cities/list-item';
import { db } from '@/lib/db';
import { toDesignationFacts } from '@/lib/designations/facts';
import { getEvaluationRounds, getEvaluationSchedule, getScheduleReference } from '@/lib/designations/queries';
import { standingOn } from '@/lib/designations/schedule';
import { BASIC_LOCAL_GOVERNMENT_KINDS, localGovernmentExistsOn } from '@/lib/core/existence';
import { isoDate, todayInKorea } from '@/lib/core/dates';
import { siteUrl } from '@/lib/site-url';
import type { AllocationRow, HistoryRow, RegistryRow } from './dictionary';

const sourceColumns = (source: SourceLink | null, fallback: FactSource | null = null) => ({
  source_title_ko: source?.titleKo ?? null,
  source_title_en: source?.titleEn ?? null,
  source_published_on: source?.publishedOn ?? null,
  source_citation: source?.citation ?? fallback?.citation ?? null,
  source_url: source?.url ?? fallback?.url ?? null,
});

/** Every local government that exists today, as the open-data file's rows (cached). */
export async function getRegistryRows(): Promise<{ asOf: string; rows: RegistryRow[] }> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const today = todayInKorea();
  const day = isoDate(today);
  const [localGovernments, schedule, rounds, reference, records] = await Promise.all([
    db.localGovernment.findMany({
      where: localGovernmentExistsOn(today),
      orderBy: { code: 'asc' },
      select: { ...CITY_LIST_SELECT, region: { select: { slug: true, shortKo: true, shortEn: true, nameKo: true, nameEn: true } } },
    }),
    getEvaluationSchedule(),
    getEvaluationRounds(),
    getScheduleReference(),
    getDesignationRecords(),
  ]);
  // The latest designation of each local government, with its sources (the list select has none).
  const latestRecord = new Map<string, (typeof records)[number]>();
  for (const record of records) {
    const current = latestRecord.get(record.localGovernment.slug);
    if (!current || record.designatedByYear >= current.designatedByYear) latestRecord.set(record.localGovernment.slug, record);
  }
  const origin = siteUrl();
  return {
    asOf: day,
    rows: localGovernments.map((lg) => {
      const city = toCityListItem(lg, today, schedule);
      const { rules } = schedule;
      const record = latestRecord.get(lg.slug);
      const facts = record ? toDesignationFacts(record) : null;
      const standing = facts ? standingOn(facts, rules, day) : null;
      const view =
        record && facts && standing?.state === 'active' && city.isDesignated
          ? nextEvaluationView({
              standing,
              facts,
              groupCode: facts.group?.code ?? null,
              designationSource: record.source,
              evaluations: record.evaluations,
              rules,
              ruleSources: reference.rules,
              groups: reference.groups,
              rounds,
              today: day,
            })
          : null;
      const designated = record && city.designatedByYear !== null ? record : null;
      return {
        code: city.code,
        slug: city.slug,
        name_ko: city.nameKo,
        name_en: city.nameEn,
        kind: city.kind,
        is_basic_local_government: (BASIC_LOCAL_GOVERNMENT_KINDS as readonly string[]).includes(city.kind),
        region_slug: lg.region.slug,
        region_ko: lg.region.nameKo,
        region_en: lg.region.nameEn,
        is_designated: city.isDesignated,
        first_designation_year: city.firstYear,
        designated_by_year: city.designatedByYear,
        status: city.status,
        // Never a past year: a missing outcome has its own column.
        next_evaluation_year: view?.kind === 'due' ? view.year : null,
        next_evaluation_status: view ? { due: 'due', missing: 'outcome_not_recorded', unknown: 'unknown' }[view.kind] : null,
        outcome_not_recorded_year: view?.kind === 'missing' ? view.year : null,
        evaluation_group: designated ? (facts?.group?.code ?? null) : null,
        next_evaluation_source_url: view?.source?.url ?? null,
        designation_source_url: designated?.source.url ?? null,
        designation_inference_ko: designated?.source.inference?.ko ?? null,
        designation_inference_en: designated?.source.inference?.en ?? null,
        page_ko: `${origin}/ko/cities/${city.slug}`,
        page_en: `${origin}/en/cities/${city.slug}`,
      };
    }),
  };
}

/** What an ending known only by a year rests on (docs/data-notes.md). */
const ENDED_BY_INFERENCE = {
  ko: '종료한 날짜와 방식을 밝힌 출처가 없습니다. 늦어도 그 해까지 끝났다는 것은 공표된 수치(교육부의 누적 지정 수)에서 추론한 것입니다 (자료 안내 참조).',
  en: 'No source gives the day or the manner of the ending; that it had ended by that year is inferred from published figures (the ministry’s cumulative totals; see the data notes).',
} as const;

/** One row per designation and per evaluation event, oldest first per local government, with sources (cached). */
export async function getDesignationHistoryRows(): Promise<{ asOf: string; rows: HistoryRow[] }> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const [records, regions] = await Promise.all([
    getDesignationRecords(),
    db.region.findMany({ select: { slug: true, nameKo: true, nameEn: true } }),
  ]);
  const regionNames = new Map(regions.map((region) => [region.slug, region]));
  const rows: HistoryRow[] = [];
  const sorted = [...records].sort(
    // A former unit no source gives a code for sorts by its slug, before the coded ones.
    (a, b) =>
      (a.localGovernment.code ?? '').localeCompare(b.localGovernment.code ?? '') ||
      a.localGovernment.slug.localeCompare(b.localGovernment.slug) ||
      a.designatedByYear - b.designatedByYear,
  );
  for (const record of sorted) {
    const lg = record.localGovernment;
    const region = regionNames.get(lg.region.slug);
    const unit = {
      code: lg.code,
      slug: lg.slug,
      name_ko: lg.nameKo,
      name_en: lg.nameEn,
      region_ko: region?.nameKo ?? lg.region.shortKo,
      region_en: region?.nameEn ?? lg.region.shortEn,
      evaluation_group: record.evaluationGroup?.code ?? null,
    };
    const none = { outcome: null, is_outstanding: null, score: null, valid_until_year: null };
    rows.push({
      event: 'designated',
      ...unit,
      year: record.firstYear ?? record.designatedByYear,
      is_year_known: record.firstYear !== null,
      date: record.designatedOn ? isoDate(record.designatedOn) : null,
      ...none,
      ...sourceColumns(record.source.announcement, record.source),
      is_inferred: record.source.inference !== null,
      inference_ko: record.source.inference?.ko ?? null,
      inference_en: record.source.inference?.en ?? null,
    });
    for (const evaluation of record.evaluations) {
      rows.push({
        event: 'evaluated',
        ...unit,
        year: evaluation.dueYear,
        is_year_known: true,
        date: evaluation.heldOn ? isoDate(evaluation.heldOn) : null,
        outcome: evaluation.outcome,
        is_outstanding: evaluation.isOutstanding,
        score: evaluation.score === null ? null : String(evaluation.score),
        valid_until_year: evaluation.validUntilYear,
        ...sourceColumns(evaluation.source?.announcement ?? null, evaluation.source),
        is_inferred: false,
        inference_ko: null,
        inference_en: null,
      });
    }
    if (record.endReason) {
      rows.push({
        event: 'ended',
        ...unit,
        year: record.endedOn ? record.endedOn.getUTCFullYear() : record.endedByYear,
        is_year_known: record.endedOn !== null,
        date: record.endedOn ? isoDate(record.endedOn) : null,
        ...none,
        outcome: record.endReason,
        // An ending outside an evaluation with no day (Gimcheon 2015) is an inference; one with a
        // day rests on the staff's record of it.
        ...sourceColumns(null),
        is_inferred: record.endedOn === null,
        inference_ko: record.endedOn === null ? ENDED_BY_INFERENCE.ko : null,
        inference_en: record.endedOn === null ? ENDED_BY_INFERENCE.en : null,
      });
    }
  }
  return { asOf: isoDate(todayInKorea()), rows };
}

/** Every published allocation (drafts never), as the open-data file's rows (cached). */
export async function getAllocationRows(): Promise<{ asOf: string; rows: AllocationRow[] }> {
  'use cache';
  cacheTag(CACHE_TAGS.lists);
  cacheLife('hours');
  const [allocations, regions] = await Promise.all([
    getPublishedAllocations(),
    db.region.findMany({ select: { slug: true, nameKo: true, nameEn: true } }),
  ]);
  const regionNames = new Map(regions.map((region) => [region.slug, region]));
  return {
    asOf: isoDate(todayInKorea()),
    rows: [...allocations]
      .sort((a, b) => a.programme.year - b.programme.year || a.programme.code.localeCompare(b.programme.code))
      .map((allocation) => {
        const region = regionNames.get(allocation.region.slug);
        const recipient = allocation.localGovernment ?? region;
        return {
          year: allocation.programme.year,
          programme_code: allocation.programme.code,
          programme_ko: allocation.programme.nameKo,
          programme_en: allocation.programme.nameEn,
          recipient_kind: allocation.recipientKind,
          recipient_code: allocation.localGovernment?.code ?? null,
          recipient_ko: recipient?.nameKo ?? null,
          recipient_en: recipient?.nameEn ?? null,
          region_slug: allocation.region.slug,
          amount: allocation.amount,
          amount_min: allocation.amountMin,
          is_amount_approximate: allocation.isAmountApproximate,
          status: allocation.status,
          ...sourceColumns(allocation.announcement),
        };
      }),
  };
}
