// Regions, local governments and offices of education, with their history, from the compiled
// reference data in prisma/seed/reference (sources: docs/data-notes.md).
import type { Prisma } from '@/lib/generated/prisma/client';
import type { LocalGovernmentKind } from '@/lib/generated/prisma/enums';
import { localGovernmentSlug, slugify } from '@/lib/place-names/slug';
import { dayAfter, readSeedCsv, required, seedDate } from './csv';
import type { ResolvableLocalGovernment, ResolvableRegion } from './resolve';

type Tx = Prisma.TransactionClient;

export type SeededRegion = ResolvableRegion & {
  code: string;
  slug: string;
  nameKo: string;
  nameEn: string;
  shortKo: string;
  /** Codes it has had: current first. */
  codes: string[];
  abolishedOn: Date | null;
};
export type SeededLocalGovernment = ResolvableLocalGovernment & { abolishedOn: Date | null; establishedOn: Date | null };

const KINDS: Record<string, LocalGovernmentKind> = {
  si: 'si',
  gun: 'gun',
  gu: 'gu',
  special: 'special_city',
  'admin-si': 'admin_city',
};

/**
 * Order of regions in lists: the official code order, with 전남광주통합특별시 (12) where 광주 and
 * 전남 stood.
 */
const REGION_ORDER = ['11', '26', '27', '28', '29', '30', '31', '36', '41', '51', '43', '44', '52', '46', '12', '47', '48', '50'];

function regionSortOrder(code: string): number {
  const index = REGION_ORDER.indexOf(code);
  if (index < 0) throw new Error(`Region ${code} has no place in REGION_ORDER`);
  return index + 1;
}

/** The 2026-07-01 reorganisation (법률 제20161호, 제21446호, 제21734호). */
const REORGANISATION_2026 = '2026-07-01';

export async function seedRegions(tx: Tx): Promise<SeededRegion[]> {
  const rows = readSeedCsv('reference/sido.csv');
  const periods = readSeedCsv('region-periods.csv');
  const created = await tx.region.createManyAndReturn({
    data: rows.map((row) => {
      const validFrom = row.valid_from || undefined;
      // A region with earlier periods existed before its current state (강원도 → 강원특별자치도; 제주도 →
      // 제주특별자치도, whose code before 2006 no source gives).
      const hasEarlierCode = row.status === 'active' && periods.some((p) => p.region_code === row.sido_code);
      return {
        slug: slugify(required(row, 'short_en')),
        code: required(row, 'sido_code'),
        nameKo: required(row, 'name_ko'),
        nameEn: required(row, 'name_en'),
        shortKo: required(row, 'short_ko'),
        shortEn: required(row, 'short_en'),
        currentSince: hasEarlierCode ? seedDate(validFrom) : null,
        establishedOn: hasEarlierCode ? null : seedDate(validFrom),
        abolishedOn: row.valid_to ? dayAfter(row.valid_to) : null,
        sortOrder: regionSortOrder(required(row, 'sido_code')),
        notes: row.notes || null,
      };
    }),
  });
  const byCode = new Map(created.map((region) => [region.code, region]));
  // A merged region records its successor (광주광역시, 전라남도 → 전남광주통합특별시).
  for (const row of rows) {
    if (row.status !== 'active' || !row.prev_code || periods.some((p) => p.region_code === row.sido_code)) continue;
    for (const code of row.prev_code.split(';')) {
      await tx.region.update({ where: { code }, data: { successorId: byCode.get(required(row, 'sido_code'))!.id } });
    }
  }
  await tx.regionPeriod.createMany({
    data: periods.map((period) => ({
      regionId: byCode.get(required(period, 'region_code'))!.id,
      validUntil: seedDate(required(period, 'valid_until'))!,
      code: period.code || null,
      nameKo: required(period, 'name_ko'),
      nameEn: required(period, 'name_en'),
      shortKo: required(period, 'short_ko'),
      shortEn: required(period, 'short_en'),
    })),
  });
  return created.map((region) => {
    const earlier = periods.filter((period) => period.region_code === region.code);
    return {
      id: region.id,
      code: region.code,
      slug: region.slug,
      nameKo: region.nameKo,
      nameEn: region.nameEn,
      shortKo: region.shortKo,
      shortEns: [region.shortEn, ...earlier.map((period) => period.short_en!)],
      codes: [region.code, ...earlier.flatMap((period) => (period.code ? [period.code] : []))],
      abolishedOn: region.abolishedOn,
    };
  });
}

export async function seedLocalGovernments(tx: Tx, regions: SeededRegion[]): Promise<SeededLocalGovernment[]> {
  const rows = readSeedCsv('reference/local-governments.csv');
  const renames = new Map(readSeedCsv('local-government-renames.csv').map((row) => [row.code, row]));
  const regionByCode = (code: string) => {
    const region = regions.find((candidate) => candidate.codes.includes(code));
    if (!region) throw new Error(`No region with code ${code}`);
    return region;
  };
  const isNew = (row: Record<string, string>) => Boolean(row.valid_from);

  const drafts = rows.map((row) => {
    const region = regionByCode(required(row, 'sido_code'));
    // Its own earlier state: a code change, a move or a rename (not the predecessors of a new unit).
    const rename = renames.get(row.code!);
    const earlier =
      row.prev_code && !isNew(row)
        ? {
            code: row.prev_code,
            region: regionByCode(row.prev_sido_code || required(row, 'sido_code')),
            nameKo: rename?.name_ko ?? row.name_ko!,
            nameEn: rename?.name_en ?? row.name_en!,
            kind: KINDS[rename?.kind ?? row.kind!]!,
            validUntil: seedDate(required(row, 'code_since'))!,
          }
        : null;
    // The slug names the region a place was known under before the 2026 reorganisation
    // ('jeonnam-suncheon-si', 'gwangju-buk-gu'); slugs never change afterwards.
    const slugRegion = earlier && row.code_since === REORGANISATION_2026 && row.prev_sido_code ? earlier.region : region;
    const kind = KINDS[required(row, 'kind')];
    if (!kind) throw new Error(`Unknown kind ${row.kind}`);
    return {
      row,
      region,
      earlier,
      kind,
      slug: localGovernmentSlug({ regionSlug: slugRegion.slug, nameEn: row.name_en!, isWholeRegion: kind === 'special_city' }),
    };
  });

  const created = await tx.localGovernment.createManyAndReturn({
    data: drafts.map(({ row, region, earlier, kind, slug }) => {
      return {
        slug,
        code: required(row, 'code'),
        kind,
        nameKo: required(row, 'name_ko'),
        nameEn: required(row, 'name_en'),
        regionId: region.id,
        currentSince: earlier ? earlier.validUntil : null,
        establishedOn: isNew(row) ? seedDate(row.valid_from) : null,
        abolishedOn: row.valid_to ? dayAfter(row.valid_to) : null,
        notes: row.notes || null,
        // Filled in from the names, periods and successions once all are in (seed.ts, refreshSearchKeys).
        searchInitials: '',
        searchJamo: '',
        searchLatin: '',
      };
    }),
  });
  const byCode = new Map(created.map((lg) => [lg.code, lg]));

  await tx.localGovernmentPeriod.createMany({
    data: drafts.flatMap(({ row, earlier }) =>
      earlier
        ? [
            {
              localGovernmentId: byCode.get(row.code!)!.id,
              validUntil: earlier.validUntil,
              code: earlier.code,
              kind: earlier.kind,
              nameKo: earlier.nameKo,
              nameEn: earlier.nameEn,
              regionId: earlier.region.id,
              note: renames.get(row.code!)?.source ?? null,
            },
          ]
        : [],
    ),
  });

  // Lineage of the units created on 2026-07-01 (제물포구 ← 중구 + 동구; 영종구 ← 중구; 검단구 ← 서구).
  const byAnyCode = (code: string) =>
    byCode.get(code) ?? created.find((lg) => drafts.find((d) => d.row.code === lg.code)?.earlier?.code === code);
  const successions = drafts.flatMap(({ row }) =>
    isNew(row) && row.prev_code
      ? row.prev_code.split(';').map((code) => ({ predecessor: byAnyCode(code)!, successor: byCode.get(row.code!)!, on: row.valid_from! }))
      : [],
  );
  await tx.localGovernmentSuccession.createMany({
    data: successions.map(({ predecessor, successor, on }) => {
      const successorsOfPredecessor = successions.filter((s) => s.predecessor.id === predecessor.id).length;
      const isMerge = predecessor.abolishedOn !== null && successorsOfPredecessor === 1;
      return { predecessorId: predecessor.id, successorId: successor.id, kind: isMerge ? 'merge' : 'split', effectiveOn: seedDate(on)! };
    }),
  });

  return drafts.map(({ row, region, earlier, kind }) => {
    const lg = byCode.get(row.code!)!;
    return {
      id: lg.id,
      // Every unit of the reference data has its code (only former units, seeded later, may not).
      code: lg.code!,
      kind,
      regionIds: earlier ? [region.id, earlier.region.id] : [region.id],
      namesEn: earlier ? [lg.nameEn, earlier.nameEn] : [lg.nameEn],
      abolishedOn: lg.abolishedOn,
      establishedOn: lg.establishedOn,
    };
  });
}

function officeSlug(nameEn: string): string {
  return slugify(nameEn.replace(/\s+(District\s+)?Office of Education$/i, ''));
}

export async function seedOffices(tx: Tx, regions: SeededRegion[], localGovernments: SeededLocalGovernment[]): Promise<void> {
  const rows = readSeedCsv('reference/offices-of-education.csv');
  const history = readSeedCsv('office-jurisdiction-history.csv');
  const regionByCode = (code: string) => regions.find((region) => region.codes.includes(code))!;
  const lgByCode = new Map(localGovernments.map((lg) => [lg.code, lg]));

  const provincial = rows.filter((row) => row.level === 'provincial');
  const createdProvincial = await tx.officeOfEducation.createManyAndReturn({
    data: provincial.map((row) => {
      const region = regionByCode(required(row, 'sido_code'));
      const isNewRegion = region.code === '12';
      return {
        slug: officeSlug(required(row, 'name_en')),
        level: 'provincial' as const,
        nameKo: required(row, 'name_ko'),
        nameEn: required(row, 'name_en'),
        shortKo: required(row, 'short_ko'),
        regionId: region.id,
        establishedOn: isNewRegion ? seedDate(REORGANISATION_2026) : null,
        abolishedOn: row.status === 'abolished' ? region.abolishedOn : null,
        source: row.source || null,
        notes: row.notes || null,
      };
    }),
  });
  const provincialByName = new Map(createdProvincial.map((office) => [office.nameKo, office]));
  // The merged provincial offices (광주, 전남) → 전남광주통합특별시교육청, as their regions.
  for (const office of createdProvincial.filter((o) => o.abolishedOn)) {
    const successorRegion = await tx.region.findUniqueOrThrow({ where: { id: office.regionId }, select: { successorId: true } });
    const successor = createdProvincial.find((o) => o.regionId === successorRegion.successorId && !o.abolishedOn);
    if (successor) await tx.officeOfEducation.update({ where: { id: office.id }, data: { successorId: successor.id } });
  }

  const district = rows.filter((row) => row.level === 'district');
  const createdDistrict = await tx.officeOfEducation.createManyAndReturn({
    data: district.map((row) => ({
      slug: officeSlug(required(row, 'name_en')),
      level: 'district' as const,
      nameKo: required(row, 'name_ko'),
      nameEn: required(row, 'name_en'),
      shortKo: required(row, 'short_ko'),
      regionId: regionByCode(required(row, 'sido_code')).id,
      parentId: provincialByName.get(required(row, 'parent_ko'))!.id,
      source: row.source || null,
      notes: row.notes || null,
    })),
  });
  const districtByName = new Map(createdDistrict.map((office) => [office.nameKo, office]));

  const current = district.flatMap((row) =>
    (row.jurisdiction_codes ?? '')
      .split(';')
      .filter(Boolean)
      .map((code) => {
        const lg = lgByCode.get(code);
        if (!lg) throw new Error(`${row.name_ko} covers unknown code ${code}`);
        const override = history.find((h) => h.office_name_ko === row.name_ko && h.local_government_code === code && !h.valid_until);
        return {
          officeId: districtByName.get(row.name_ko!)!.id,
          localGovernmentId: lg.id,
          validFrom: override ? seedDate(override.valid_from) : lg.establishedOn,
          note: override?.source ?? null,
        };
      }),
  );
  const ended = history
    .filter((h) => h.valid_until)
    .map((h) => ({
      officeId: districtByName.get(required(h, 'office_name_ko'))!.id,
      localGovernmentId: lgByCode.get(required(h, 'local_government_code'))!.id,
      validFrom: seedDate(h.valid_from),
      validUntil: seedDate(h.valid_until),
      note: h.source || null,
    }));
  // A region without district offices is covered by its provincial office itself (세종, since 2012).
  const direct = history
    .filter((h) => !h.valid_until && provincialByName.has(required(h, 'office_name_ko')))
    .map((h) => {
      const lg = lgByCode.get(required(h, 'local_government_code'));
      if (!lg) throw new Error(`${h.office_name_ko} covers unknown code ${h.local_government_code}`);
      return {
        officeId: provincialByName.get(h.office_name_ko!)!.id,
        localGovernmentId: lg.id,
        validFrom: h.valid_from ? seedDate(h.valid_from) : lg.establishedOn,
        note: h.source || null,
      };
    });
  await tx.officeJurisdiction.createMany({ data: [...current, ...ended, ...direct] });
}
