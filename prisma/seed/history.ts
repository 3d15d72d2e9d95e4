// Local governments back to 2001 (issue 12): the units abolished before the compiled reference
// data begins (제주도's four until 2006, 창원·마산·진해 until 2010, 연기군 until 2012, 청주·청원 until
// 2014), the lineage from them to today's units, the establishment of the units created since
// (증평군, 계룡시 2003; today's 창원시 2010, 청주시 2014) and changes of kind (당진군 → 당진시 2012,
// 여주군 → 여주시 2013). Each row carries the source a reader can open; a code no source gives is
// left empty, never guessed (docs/data-notes.md).
import type { Prisma } from '@/lib/generated/prisma/client';
import type { LocalGovernmentKind } from '@/lib/generated/prisma/enums';
import { readSeedCsv, required, seedDate } from './csv';
import type { SeededLocalGovernment, SeededRegion } from './geography';
import { resolveRegion } from './resolve';

type Tx = Prisma.TransactionClient;

export type FormerLocalGovernment = { id: number; slug: string };

const KINDS: Record<string, LocalGovernmentKind> = { si: 'si', gun: 'gun', gu: 'gu' };
const kindOf = (value: string): LocalGovernmentKind => {
  const kind = KINDS[value];
  if (!kind) throw new Error(`Unknown kind ${value}`);
  return kind;
};
const cite = (row: Record<string, string>) => `${required(row, 'source_url')} — “${required(row, 'quote')}”`;

export async function seedLocalGovernmentHistory(
  tx: Tx,
  context: { regions: SeededRegion[]; localGovernments: SeededLocalGovernment[] },
): Promise<{ localGovernments: SeededLocalGovernment[]; former: FormerLocalGovernment[] }> {
  const byCode = new Map(context.localGovernments.map((lg) => [lg.code, lg]));
  const current = (code: string) => {
    const lg = byCode.get(code);
    if (!lg) throw new Error(`No local government ${code}`);
    return lg;
  };

  // Units abolished in a merger, each merged whole into its successor.
  const formerRows = readSeedCsv('former-local-governments.csv');
  const former = await tx.localGovernment.createManyAndReturn({
    data: formerRows.map((row) => {
      const region = resolveRegion(context.regions, required(row, 'region'));
      return {
        slug: required(row, 'slug'),
        code: null,
        kind: kindOf(required(row, 'kind')),
        nameKo: required(row, 'name_ko'),
        nameEn: required(row, 'name_en'),
        regionId: region.id,
        abolishedOn: seedDate(required(row, 'abolished_on')),
        notes: `Abolished ${required(row, 'abolished_on')}: ${cite(row)} Its code is not in the sources.`,
        // Filled in from the names, periods and successions once all are in (seed.ts, refreshSearchKeys).
        searchInitials: '',
        searchJamo: '',
        searchLatin: '',
      };
    }),
    select: { id: true, slug: true, abolishedOn: true },
  });
  const formerBySlug = new Map(former.map((lg) => [lg.slug, lg]));
  const anyId = (reference: string) => formerBySlug.get(reference)?.id ?? current(reference).id;

  const successions: Prisma.LocalGovernmentSuccessionCreateManyInput[] = formerRows.map((row) => ({
    predecessorId: formerBySlug.get(required(row, 'slug'))!.id,
    successorId: current(required(row, 'successor_code')).id,
    kind: 'merge',
    effectiveOn: seedDate(required(row, 'abolished_on'))!,
    note: cite(row),
  }));

  // Units created since 2001 and changes of kind.
  const changes = readSeedCsv('local-government-changes.csv');
  const established = new Map<string, Date>();
  for (const row of changes) {
    const code = required(row, 'code');
    const on = seedDate(required(row, 'on'))!;
    const change = required(row, 'change');
    if (change === 'established' || change === 'split-from') {
      if (change === 'established') established.set(code, on);
      if (row.predecessor) {
        successions.push({
          predecessorId: anyId(row.predecessor),
          successorId: current(code).id,
          kind: 'split',
          effectiveOn: on,
          note: cite(row),
        });
      }
    } else if (change === 'kind') {
      const lg = await tx.localGovernment.findUniqueOrThrow({
        where: { code },
        select: { id: true, regionId: true },
      });
      await tx.localGovernmentPeriod.create({
        data: {
          localGovernmentId: lg.id,
          validUntil: on,
          code: null,
          kind: kindOf(required(row, 'kind')),
          nameKo: required(row, 'name_ko'),
          nameEn: required(row, 'name_en'),
          regionId: lg.regionId,
          note: `${cite(row)} Its earlier code is not in the sources.`,
        },
      });
      // Its search keys take the earlier name from this period (seed.ts, refreshSearchKeys).
      await tx.localGovernment.update({ where: { id: lg.id }, data: { currentSince: on } });
    } else {
      throw new Error(`Unknown change ${change}`);
    }
  }
  for (const [code, on] of established) {
    await tx.localGovernment.update({ where: { code }, data: { establishedOn: on } });
  }
  await tx.localGovernmentSuccession.createMany({ data: successions });

  return {
    localGovernments: context.localGovernments.map((lg) =>
      established.has(lg.code) ? { ...lg, establishedOn: established.get(lg.code)! } : lg,
    ),
    former: former.map(({ id, slug }) => ({ id, slug })),
  };
}
