// Rebuilds the search columns of local governments from their history: the current state, each
// LocalGovernmentPeriod (a former name, kind, region or code) and each LocalGovernmentSuccession
// that brought a predecessor's area into it (마산시·진해시 → 창원시, 2010: their names find 창원시).
// Called by every write that changes a name, a period or a succession (lib/local-governments/
// mutations.ts, the seed), and on start for rows built by an older format (refreshStaleSearchKeys).
// It takes the caller's client or transaction: it is shared by the portal, the seed and the scripts.
import type { Prisma } from '@/lib/generated/prisma/client';
import { isoDate } from '@/lib/core/dates';
import { buildSearchKeys, type NameChange, type RegionNames, SEARCH_KEYS_VERSION, type SearchNameInput } from './search-keys';

type Client = Prisma.TransactionClient;

const REGION = {
  select: { nameKo: true, shortKo: true, shortEn: true, periods: { select: { nameKo: true, shortKo: true, shortEn: true } } },
};
const STATE = { code: true, kind: true, nameKo: true, nameEn: true, regionId: true, region: REGION } as const;
const HISTORY = {
  ...STATE,
  periods: { select: { ...STATE, validUntil: true }, orderBy: { validUntil: 'asc' } },
} satisfies Prisma.LocalGovernmentSelect;
const SELECT = {
  id: true,
  ...HISTORY,
  predecessors: { select: { kind: true, effectiveOn: true, predecessor: { select: HISTORY } } },
} satisfies Prisma.LocalGovernmentSelect;

type Region = Prisma.RegionGetPayload<typeof REGION>;
type History = Prisma.LocalGovernmentGetPayload<{ select: typeof HISTORY }>;
type State = Pick<History, 'code' | 'kind' | 'nameKo' | 'nameEn' | 'regionId'> & { region: Region };

/** A region's current names first, then its earlier ones (강원특별자치도, then 강원도). */
const regionNames = (region: Region): RegionNames[] => [region, ...region.periods];

function changesBetween(before: State, after: State): NameChange[] {
  const changes: NameChange[] = [];
  if (before.nameKo !== after.nameKo || before.nameEn !== after.nameEn) changes.push('name');
  if (before.kind !== after.kind) changes.push('kind');
  if (before.regionId !== after.regionId) changes.push('region');
  if (before.code !== after.code) changes.push('code');
  return changes;
}

const entry = (state: State, via: SearchNameInput['via'], until: Date | null, changes: NameChange[]): SearchNameInput => ({
  via,
  nameKo: state.nameKo,
  nameEn: state.nameEn,
  kind: state.kind,
  regions: regionNames(state.region),
  until: until && isoDate(until),
  changes,
});

/** Its own names: today's, then each period's with what changed when it ended. */
function ownNames(lg: History, via: 'current' | 'merged' | 'split', until: Date | null): SearchNameInput[] {
  const states: State[] = [...lg.periods, lg];
  return [
    entry(lg, via, until, []),
    ...lg.periods.map((period, index) =>
      via === 'current'
        ? entry(period, 'former', period.validUntil, changesBetween(period, states[index + 1]!))
        : entry(period, via, until, []),
    ),
  ];
}

export function searchNameInputs(lg: Prisma.LocalGovernmentGetPayload<{ select: typeof SELECT }>): SearchNameInput[] {
  return [
    ...ownNames(lg, 'current', null),
    ...lg.predecessors.flatMap((succession) =>
      ownNames(succession.predecessor, succession.kind === 'merge' ? 'merged' : 'split', succession.effectiveOn),
    ),
  ];
}

/**
 * Rebuilds the search columns of the given local governments and of their successors (whose keys
 * hold their predecessors' names), or of every one. One read and one write, however many.
 */
export async function refreshSearchKeys(client: Client, ids?: number[]): Promise<number> {
  const successors = ids?.length
    ? await client.localGovernmentSuccession.findMany({ where: { predecessorId: { in: ids } }, select: { successorId: true } })
    : [];
  const where = ids ? { id: { in: [...new Set([...ids, ...successors.map((s) => s.successorId)])] } } : {};
  const rows = await client.localGovernment.findMany({ where, select: SELECT });
  if (rows.length === 0) return 0;
  const built = rows.map((row) => ({ id: row.id, ...buildSearchKeys(searchNameInputs(row)) }));
  await client.$executeRaw`
    UPDATE "LocalGovernment" AS lg
    SET "searchInitials" = v.initials, "searchJamo" = v.jamo, "searchLatin" = v.latin, "searchLoose" = v.loose,
        "searchNames" = v.names::jsonb, "searchKeysVersion" = ${SEARCH_KEYS_VERSION}
    FROM unnest(
      ${built.map((b) => b.id)}::int[], ${built.map((b) => b.searchInitials)}::text[], ${built.map((b) => b.searchJamo)}::text[],
      ${built.map((b) => b.searchLatin)}::text[], ${built.map((b) => b.searchLoose)}::text[],
      ${built.map((b) => JSON.stringify(b.searchNames))}::text[]
    ) AS v(id, initials, jamo, latin, loose, names)
    WHERE lg.id = v.id`;
  return rows.length;
}

/** Rebuilds every row whose search columns an older format made; the number rebuilt. */
export async function refreshStaleSearchKeys(client: Client): Promise<number> {
  const stale = await client.localGovernment.count({ where: { searchKeysVersion: { lt: SEARCH_KEYS_VERSION } } });
  return stale === 0 ? 0 : refreshSearchKeys(client);
}
